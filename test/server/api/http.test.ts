// HTTP hygiene: security headers, health check, body limit (413), malformed JSON (400), unknown API routes (404), store outage (503).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../server/store/types.ts";
import { facilitatorApp, json, makeApp } from "./helpers.ts";

describe("http", () => {
  it("GET /healthz → { ok: true } with strict security headers", async () => {
    const t = makeApp();
    const res = await t.call("GET", "/healthz");
    expect(await res.json()).toEqual({ ok: true });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("bad bodies give JSON 4xx, never 500", async () => {
    const { t, fasi } = await facilitatorApp();
    const cases: [string, { raw?: string; body?: unknown; headers?: Record<string, string> }, number][] = [
      ["malformed", { raw: "{ not json" }, 400],
      ["array", { body: [1, 2] }, 400],
      ["null", { body: null }, 400],
      ["wrong types", { body: { code: 5, district: ["x"] } }, 400],
      ["huge string", { body: { code: "x".repeat(100_000), district: "Heimdal" } }, 400],
      ["deep", { raw: "[".repeat(50_000) + "]".repeat(50_000) }, 400],
      ["oversized", { body: { code: "x".repeat(300 * 1024), district: "Heimdal" } }, 413],
      ["text/plain", { raw: "{}", headers: { "content-type": "text/plain" } }, 415],
    ];
    for (const [name, opts, status] of cases) {
      const res = await t.call("POST", "/api/cases", { auth: fasi, ...opts });
      expect([name, res.status]).toEqual([name, status]);
      expect(((await json(res)).error as { code: string }).code).toBeTypeOf("string");
    }
    const login = await t.call("POST", "/api/auth/login", { raw: "{" });
    expect(login.status).toBe(400);
  });

  it("unknown API routes are 404 JSON", async () => {
    const t = makeApp();
    const res = await t.call("GET", "/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "No such API route" } });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("StoreUnavailableError becomes 503 with a clear message", async () => {
    const { t, fasi } = await facilitatorApp();
    t.deps.store.putCase = () => Promise.reject(new StoreUnavailableError("ENOSPC"));
    const res = await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Sak 1", district: "Heimdal" } });
    expect(res.status).toBe(503);
    expect(((await json(res)).error as { code: string; message: string }).message).toMatch(/disk full/);
  });

  it("serves the built workspace with an SPA fallback, but never for /api", async () => {
    const root = mkdtempSync(join(tmpdir(), "laget-client-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Laget</title>");
    writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
    const t = makeApp({}, { clientDir: root });
    expect(await (await t.call("GET", "/")).text()).toContain("<title>Laget</title>");
    expect(await (await t.call("GET", "/cases/abc/rounds")).text()).toContain("<title>Laget</title>");
    const js = await t.call("GET", "/assets/app.js");
    expect([js.status, await js.text()]).toEqual([200, "console.log(1)"]);
    expect((await t.call("GET", "/api/whatever")).status).toBe(404);
    expect((await t.call("POST", "/somewhere")).status).toBe(404);
  });
});

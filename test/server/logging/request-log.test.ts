// The request log: one JSON line per request with method, route pattern, status, duration and id; no secret in any line.
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { seedDemo } from "../../../server/demo/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../server/deps.ts";
import { createLogger, readLogSettings, textLine } from "../../../server/logging/logger.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { createApiToken } from "../../../server/services/users/index.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { addUsers, PASSWORD } from "../api/helpers.ts";

/** An app whose logger writes JSON lines into `lines`. */
async function loggedApp(level: "info" | "debug" = "info") {
  const lines: string[] = [];
  const logger = createLogger({ format: "json", level }, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  const deps: AppDeps = { store: createMemoryStore(), config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test" }, now: () => new Date(), logger };
  const app = createApp(deps);
  await addUsers(deps);
  const demo = await seedDemo(serviceContext(deps), []);
  return { app, deps, lines, links: demo.links };
}

const KEYS = ["level", "time", "msg", "method", "route", "status", "ms", "reqId"].sort();

describe("request log", () => {
  it("logs survey links, login, API calls and refusals by route pattern, and never a token, cookie, password or answer", async () => {
    const { app, deps, lines, links } = await loggedApp();
    const secrets: string[] = [PASSWORD];
    const request = (path: string, init: RequestInit = {}) => app.request(path, init);

    const login = await request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.test", password: PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = /laget_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")![1];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    secrets.push(cookie, csrfToken);
    const wrong = await request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.test", password: "wrong password 123" }) });
    expect(wrong.status).toBe(401);
    secrets.push("wrong password 123");

    const { token: bearer } = await createApiToken(serviceContext(deps), (await deps.store.getUserByEmail("admin@laget.test"))!, { name: "log test" });
    secrets.push(bearer);
    const me = await request("/api/auth/me", { headers: { cookie: `laget_session=${cookie}` } });
    expect(me.status).toBe(200);
    const cases = await request("/api/cases?code=secret-query", { headers: { authorization: `Bearer ${bearer}` } });
    expect(cases.status).toBe(200);
    const kase = ((await cases.json()) as { cases: { id: string }[] }).cases[0];
    expect((await request(`/api/cases/${kase.id}`, { headers: { authorization: `Bearer ${bearer}` } })).status).toBe(200);
    expect((await request("/api/cases")).status).toBe(401);
    expect((await request("/api/nothing-here")).status).toBe(404);

    const team = links.filter((l) => l.form === "team");
    const token = team[0].url.split("/s/")[1];
    secrets.push(token);
    expect((await request(`/s/${token}`)).status).toBe(200);
    const state = (await (await request(`/api/s/${token}`)).json()) as { targets: { id: string }[] };
    const ratings = state.targets.flatMap((t) => RC7_V1.items.map((i) => ({ target: t.id, item: i.id, value: 5 })));
    const saved = await request(`/api/s/${token}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ratings, submit: true }) });
    expect(saved.status).toBe(200);
    const guess = "A".repeat(43);
    secrets.push(guess);
    expect((await request(`/s/${guess}`)).status).toBe(404);
    expect((await request("/healthz")).status).toBe(200);

    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => `${p.method} ${p.route} ${p.status}`)).toEqual([
      "POST /api/auth/login 200",
      "POST /api/auth/login 401",
      "GET /api/auth/me 200",
      "GET /api/cases 200",
      "GET /api/cases/:id 200",
      "GET /api/cases 401",
      "GET /api/* 404",
      "GET /s/:token 200",
      "GET /api/s/:token 200",
      "PUT /api/s/:token 200",
      "GET /s/:token 404",
    ]); // /healthz answers 200 at debug level: not at info
    for (const p of parsed) {
      expect(Object.keys(p).sort()).toEqual(KEYS);
      expect(p).toMatchObject({ level: 30, msg: "request", reqId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(typeof p.ms === "number" && p.ms >= 0).toBe(true);
      expect(Number.isNaN(Date.parse(p.time as string))).toBe(false);
    }
    expect(new Set(parsed.map((p) => p.reqId)).size).toBe(parsed.length);
    const all = lines.join("");
    for (const s of secrets) expect(all).not.toContain(s);
    expect(all).not.toContain("secret-query");
    expect(all).not.toContain(kase.id);
    expect(all).not.toContain("ratings");
  });

  it("sends the request id back, keeps a plain one from the proxy and replaces a strange one", async () => {
    const { app, lines } = await loggedApp();
    const own = await app.request("/api/roles", { headers: { "x-request-id": "proxy-abc_123=" } });
    expect(own.headers.get("x-request-id")).toBe("proxy-abc_123=");
    const odd = await app.request("/api/roles", { headers: { "x-request-id": "bad id\u001b[31m" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => JSON.parse(l).reqId)).toEqual(["proxy-abc_123=", odd.headers.get("x-request-id")]);
  });

  it("logs a failure of the server at error level with the error's type and message", async () => {
    const { app, deps, lines } = await loggedApp();
    deps.store.listCases = () => Promise.reject(new TypeError("boom"));
    const admin = await createApiToken(serviceContext(deps), (await deps.store.getUserByEmail("admin@laget.test"))!, { name: "t" });
    expect((await app.request("/api/cases", { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(500);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 50, route: "/api/cases", status: 500, error: { type: "TypeError", message: "boom" } });
  });

  it("logs health probes at debug level, and LOG_LEVEL=warn leaves only errors of the server", async () => {
    const debug = await loggedApp("debug");
    await debug.app.request("/healthz");
    await debug.app.request("/readyz");
    expect(debug.lines.map((l) => JSON.parse(l)).map((p) => [p.level, p.route, p.status])).toEqual([[20, "/healthz", 200], [20, "/readyz", 200]]);
    const lines: string[] = [];
    const logger = createLogger(readLogSettings({ LOG_LEVEL: "warn", LOG_FORMAT: "json" }), { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    logger.info({ status: 200 }, "request");
    logger.error({ status: 500 }, "request");
    expect(lines.map((l) => JSON.parse(l).level)).toEqual([50]);
  });
});

describe("log settings", () => {
  it("json in production, text otherwise; unknown values are refused naming the variable", () => {
    expect(readLogSettings({ NODE_ENV: "production" })).toEqual({ format: "json", level: "info" });
    expect(readLogSettings({})).toEqual({ format: "text", level: "info" });
    expect(readLogSettings({ NODE_ENV: "production", LOG_FORMAT: "text", LOG_LEVEL: "DEBUG" })).toEqual({ format: "text", level: "debug" });
    expect(() => readLogSettings({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT/);
    expect(() => readLogSettings({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("text lines: a request as method, pattern, status, ms and id; other messages as they are; warnings to stderr", () => {
    const out: string[] = [];
    const err: string[] = [];
    const logger = createLogger({ format: "text", level: "info" }, { out: (l) => out.push(l), err: (l) => err.push(l) });
    logger.info({ method: "GET", route: "/s/:token", status: 200, ms: 1.5, reqId: "r1" }, "request");
    logger.info("listening on http://127.0.0.1:3000");
    logger.warn("slow disk");
    expect(out).toEqual(["laget: GET /s/:token 200 1.5 ms r1\n", "laget: listening on http://127.0.0.1:3000\n"]);
    expect(err).toEqual(["laget: slow disk\n"]);
    expect(textLine(JSON.stringify({ level: 50, msg: "failed", error: { type: "Error", message: "disk" } }))).toBe("laget: failed: Error: disk\n");
  });
});

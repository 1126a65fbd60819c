// `audit list` and `audit verify` on a real file store while the server keeps it open; a changed entry is found; retention cuts whole months.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { verifyAuditRecords } from "../../domain/audit-chain.ts";
import { createApp } from "../../server/app.ts";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { recordAudit, trimAuditLog } from "../../server/services/audit/index.ts";
import { createUser } from "../../server/services/users/index.ts";
import { openFileStore } from "../../server/store/index.ts";
import { createMemoryStore } from "../../server/store/memory.ts";

const dir = mkdtempSync(join(tmpdir(), "laget-audit-cli-"));
process.env.DATA_DIR = dir;
delete process.env.DATABASE_URL;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readFile: () => "" });
  return { code, out, err };
}

describe("audit command", () => {
  it("lists and verifies the log while the server runs, and names the first changed entry", async () => {
    const store = await openFileStore(dir);
    try {
      const deps = { store, config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test" }, now: () => new Date() };
      await createUser(deps, { email: "fasi@laget.test", name: "Fasi", role: "facilitator", districts: ["Heimdal"], password: "correct horse battery" });
      const app = createApp(deps);
      const login = (password: string) =>
        app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "fasi@laget.test", password }) });
      expect((await login("wrong password!")).status).toBe(401);
      expect((await login("correct horse battery")).status).toBe(200);
      const listed = await cli("audit", "list");
      expect(listed.code).toBe(0);
      expect(listed.out).toMatch(/^#2 \S+ auth\.login\s+fasi@laget\.test/m);
      expect(listed.out).toMatch(/^#1 .*auth\.login_failed .*"email":"fasi@laget\.test","reason":"wrong_password"/m);
      const failed = await cli("audit", "list", "--action", "auth.login_failed", "--json");
      expect(failed.out.trim().split("\n").map((l) => JSON.parse(l).seq)).toEqual([1]);
      expect((await cli("audit", "list", "--action", "nonsense")).code).toBe(2);
      const ok = await cli("audit", "verify");
      expect(ok).toMatchObject({ code: 0, out: expect.stringMatching(/intact: 2 entries/) });
    } finally {
      await store.close();
    }
    const [file] = readdirSync(join(dir, "audit")).map((f) => join(dir, "audit", f));
    writeFileSync(file, readFileSync(file, "utf8").replace("wrong_password", "unknown_user"));
    const broken = await cli("audit", "verify");
    expect(broken.code).toBe(3);
    expect(broken.out).toMatch(/BROKEN at .*\(entry 1\): the entry was changed/);
  });
});

describe("audit retention", () => {
  it("removes whole months past the retention, records each cut, and the log still verifies", async () => {
    const store = createMemoryStore();
    const source = { actor: { id: null, email: null }, ip: "test" };
    const at = (iso: string) => ({ store, now: () => new Date(iso) });
    for (const iso of ["2020-01-10T00:00:00.000Z", "2020-02-10T00:00:00.000Z", "2021-06-10T00:00:00.000Z", "2026-11-01T00:00:00.000Z"]) {
      await recordAudit(at(iso), source, { action: "auth.logout" });
    }
    const removed = await trimAuditLog(at("2026-11-30T12:00:00.000Z"), 60); // keeps from 2021-11
    expect(removed).toEqual(["2020-01", "2020-02", "2021-06"]);
    expect((await store.auditSegments()).map((s) => s.month)).toEqual(["2026-11"]);
    const kept = await store.listAudit({ limit: 100 });
    expect(kept.map((e) => e.action)).toEqual(["audit.trim", "audit.trim", "audit.trim", "auth.logout"]);
    expect(await verifyAuditRecords(store.readAudit())).toMatchObject({ firstBad: null, count: 4 });
    expect(await trimAuditLog(at("2026-11-30T12:00:00.000Z"), 0)).toEqual([]);
  });
});

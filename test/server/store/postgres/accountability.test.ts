// The audit log and ended sessions across instances: one chain whichever instance writes, and a reset on one instance ends the session on all.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { verifyAuditRecords } from "../../../../domain/audit-chain.ts";
import { createUser } from "../../../../server/services/users/index.ts";
import { freshDatabase } from "../../../postgres/db.ts";
import { draft } from "../contract-audit.ts";
import { PASSWORD, addFacilitator, instance, sessionOf, type Instance } from "./instances.ts";

async function twoInstances() {
  const url = await freshDatabase();
  const a = await instance(url);
  const b = await instance(url);
  await addFacilitator(a);
  await createUser({ store: a.store, now: a.deps.now }, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
  return { url, a, b };
}

const auditOf = async (inst: Instance, session: Awaited<ReturnType<typeof sessionOf>>, query = "") => {
  const res = await inst.call("GET", `/api/audit?limit=500${query}`, { session });
  expect(res.status).toBe(200);
  return ((await res.json()) as { entries: { seq: number; action: string; actor: { email: string | null } }[] }).entries;
};

describe("audit log and sessions on PostgreSQL with two instances", () => {
  it("appends from both instances at once form one chain, numbered without gaps", async () => {
    const { a, b } = await twoInstances();
    const at = "2026-01-05T10:00:00.000Z";
    await Promise.all(Array.from({ length: 30 }, (_, i) => [a.store.appendAudit(draft(at)), b.store.appendAudit(draft(at, { caseId: `c${i}` }))]).flat());
    const all = await a.store.listAudit({ limit: 500 });
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => 60 - i));
    expect(await verifyAuditRecords(b.store.readAudit())).toMatchObject({ count: 60, firstBad: null });
  });

  it("a login on one instance and a failed login on the other are both read through either", async () => {
    const { a, b } = await twoInstances();
    expect((await b.login("fasi@laget.test", "wrong password here")).status).toBe(401);
    await sessionOf(await a.login("fasi@laget.test"));
    const admin = await sessionOf(await b.login("admin@laget.test"));
    const entries = await auditOf(a, admin);
    expect(entries.map((e) => e.action).reverse()).toEqual(["auth.login_failed", "auth.login", "auth.login"]);
    expect(await verifyAuditRecords(a.store.readAudit())).toMatchObject({ firstBad: null });
  });

  it("a password reset through one instance ends the stolen session on the other at once", async () => {
    const { a, b } = await twoInstances();
    const stolen = await sessionOf(await a.login("fasi@laget.test"));
    expect((await b.call("GET", "/api/cases", { session: stolen })).status).toBe(200);
    const admin = await sessionOf(await a.login("admin@laget.test"));
    const fasi = (await a.store.getUserByEmail("fasi@laget.test"))!;
    expect((await a.call("PATCH", `/api/users/${fasi.id}`, { session: admin, body: { password: "a brand new long password" } })).status).toBe(200);
    expect((await b.call("GET", "/api/cases", { session: stolen })).status).toBe(401);
    expect((await auditOf(b, admin, "&action=user.password_reset"))).toHaveLength(1);
  });

  it("the database refuses to change a stored entry", async () => {
    const { url, a } = await twoInstances();
    await a.store.appendAudit(draft("2026-01-05T10:00:00.000Z"));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await expect(client.query("update audit_log set action = 'auth.logout'")).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
    expect(await verifyAuditRecords(a.store.readAudit())).toMatchObject({ count: 1, firstBad: null });
  });
});

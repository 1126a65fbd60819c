// The audit trail: logins, failed logins, views, exports, imports, link re-issues, deletions and user changes, read by admins, never a secret.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditRecords } from "../../../domain/audit-chain.ts";
import type { AuditEntry } from "../../../domain/index.ts";
import { StoreUnavailableError } from "../../../server/store/types.ts";
import { PASSWORD, addUsers, json, makeApp, makeCase, type Browser, type TestApp } from "../api/helpers.ts";

let t: TestApp;
let admin: Browser;
let fasi: Browser;
const secrets: string[] = [];
const ids = { caseId: "", roundId: "", importCase: "", userId: "" };

async function ok(res: Response | Promise<Response>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.status} ${await r.text()}`);
  return r;
}
async function audit(query = ""): Promise<AuditEntry[]> {
  return ((await json(await ok(t.call("GET", `/api/audit?limit=500${query}`, { auth: admin })))) as { entries: AuditEntry[] }).entries;
}

beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  await t.call("POST", "/api/auth/login", { body: { email: "fasi@laget.test", password: "not the password" } });
  await t.call("POST", "/api/auth/login", { body: { email: "nobody@laget.test", password: PASSWORD } });
  fasi = await t.login("fasi@laget.test");
  const { caseId, memberIds } = await makeCase(t, fasi);
  ids.caseId = caseId;
  const round = (await json(await ok(t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Høst" } }), 201))) as { round: { id: string } };
  ids.roundId = round.round.id;
  const opened = (await json(await ok(t.call("POST", `/api/rounds/${ids.roundId}/open`, { auth: fasi })))) as { links: { url: string }[] };
  await ok(t.call("GET", `/api/cases/${caseId}`, { auth: fasi }));
  await ok(t.call("GET", `/api/rounds/${ids.roundId}/analysis`, { auth: fasi }));
  const reissued = (await json(await ok(t.call("POST", `/api/rounds/${ids.roundId}/links/${memberIds[0]}/reissue`, { auth: fasi })))) as { link: { url: string } };
  await ok(t.call("GET", `/api/rounds/${ids.roundId}/export?format=csv`, { auth: fasi }));
  const plain = await makeCase(t, fasi);
  ids.importCase = plain.caseId;
  const scores = [{ rater: plain.memberIds[0], target: plain.memberIds[1], score: 3 }];
  await ok(t.call("POST", `/api/cases/${plain.caseId}/rounds/import`, { auth: fasi, body: { name: "Import", scores } }), 201);
  await ok(t.call("DELETE", `/api/cases/${plain.caseId}`, { auth: fasi }), 204);
  admin = await t.login("admin@laget.test");
  const created = (await json(await ok(t.call("POST", "/api/users", { auth: admin, body: { email: "ny@laget.test", name: "Ny", role: "evaluator", districts: ["Heimdal"], password: "the new user's password" } }), 201))) as { user: { id: string } };
  ids.userId = created.user.id;
  await ok(t.call("PATCH", `/api/users/${ids.userId}`, { auth: admin, body: { role: "facilitator", password: "another new password" } }));
  await ok(t.call("POST", "/api/aggregates/releases", { auth: admin }), 201);
  secrets.push(PASSWORD, "not the password", "the new user's password", "another new password", fasi.cookie, fasi.csrf, admin.cookie, admin.csrf);
  secrets.push(...opened.links.map((l) => l.url.split("/s/")[1]), reissued.link.url.split("/s/")[1]);
});

describe("GET /api/audit", () => {
  it("records each action in order, with who, from where and about which case", async () => {
    const entries = (await audit()).reverse();
    const actions = entries.map((e) => e.action);
    const order = ["auth.login_failed", "auth.login_failed", "auth.login", "round.open", "case.view", "round.analysis", "link.reissue", "export.round",
      "import.scores", "case.delete", "auth.login", "user.create", "user.role", "user.password_reset", "aggregate.publish"];
    expect(actions.filter((a) => order.includes(a))).toEqual(order);
    const view = entries.find((e) => e.action === "case.view")!;
    expect(view).toMatchObject({ actor: { email: "fasi@laget.test" }, caseId: ids.caseId, ip: expect.any(String) });
    expect(entries.find((e) => e.action === "export.round")).toMatchObject({ caseId: ids.caseId, roundId: ids.roundId, detail: { format: "csv" } });
    expect(entries.find((e) => e.action === "case.delete")).toMatchObject({ caseId: ids.importCase });
    expect(entries.find((e) => e.action === "user.role")).toMatchObject({ actor: { email: "admin@laget.test" }, target: { id: ids.userId }, detail: { from: "evaluator", to: "facilitator" } });
    const failed = entries.filter((e) => e.action === "auth.login_failed");
    expect(failed.map((e) => e.detail)).toEqual([{ email: "fasi@laget.test", reason: "wrong_password" }, { email: "nobody@laget.test", reason: "unknown_user" }]);
  });

  it("never holds a password, a session, a CSRF value or a respondent link", async () => {
    const text = JSON.stringify(await audit());
    for (const s of secrets) expect(text).not.toContain(s);
  });

  it("filters by case, user and action, and records its own reading", async () => {
    const byCase = await audit(`&caseId=${ids.importCase}`);
    expect(byCase.map((e) => e.action).sort()).toEqual(["case.delete", "import.scores"]);
    expect((await audit("&action=auth.login_failed")).length).toBe(2);
    expect(new Set((await audit(`&userId=${ids.userId}`)).map((e) => e.action))).toEqual(new Set(["user.create", "user.role", "user.password_reset"]));
    expect((await audit("&action=audit.view")).length).toBeGreaterThan(0);
    expect((await t.call("GET", "/api/audit?action=nonsense", { auth: admin })).status).toBe(400);
  });

  it("exports the log as CSV and as JSON whose hash chain verifies", async () => {
    const csv = await (await ok(t.call("GET", "/api/audit/export?format=csv", { auth: admin }))).text();
    expect(csv.split("\n")[0]).toBe("seq,at,action,actor_id,actor_email,ip,case_id,round_id,target_id,target_email,detail,prev_hash,hash");
    const { entries } = (await json(await ok(t.call("GET", "/api/audit/export?format=json", { auth: admin })))) as { entries: AuditEntry[] };
    expect(entries[0].seq).toBe(1);
    expect(await verifyAuditRecords(entries.map((value) => ({ where: `entry ${value.seq}`, value })))).toMatchObject({ count: entries.length, firstBad: null });
    const changed = entries.map((e) => (e.action === "case.delete" ? { ...e, caseId: ids.caseId } : e));
    expect((await verifyAuditRecords(changed.map((value) => ({ where: `entry ${value.seq}`, value })))).firstBad).toMatchObject({ reason: expect.stringMatching(/changed/) });
  });

  it("refuses a view it cannot record (503) instead of leaving no trace", async () => {
    const store = t.deps.store;
    const original = store.appendAudit;
    store.appendAudit = () => Promise.reject(new StoreUnavailableError("disk full"));
    try {
      expect((await t.call("GET", `/api/cases/${ids.caseId}`, { auth: fasi })).status).toBe(503);
    } finally {
      store.appendAudit = original;
    }
  });
});

// Cases and members over HTTP: creation, district isolation (404), validation, member lock while a round is open.
import { beforeEach, describe, expect, it } from "vitest";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "./helpers.ts";
import { fnr } from "../../domain/fnr.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
});

describe("cases", () => {
  it("creates, lists, reads, patches and deletes a case", async () => {
    const { caseId } = await makeCase(t, fasi);
    const list = await json(await t.call("GET", "/api/cases", { auth: fasi }));
    expect((list.cases as { id: string; memberCount: number }[]).map((c) => [c.id, c.memberCount])).toEqual([[caseId, 3]]);
    const one = await json(await t.call("GET", `/api/cases/${caseId}`, { auth: fasi }));
    expect((one.members as unknown[]).length).toBe(3);
    const patched = await t.call("PATCH", `/api/cases/${caseId}`, { auth: fasi, body: { unit: "Byåsen skole" } });
    expect(patched.status).toBe(200);
    expect(((await json(patched)).case as { unit: string }).unit).toBe("Byåsen skole");
    expect((await t.call("DELETE", `/api/cases/${caseId}`, { auth: fasi })).status).toBe(204);
    expect((await t.call("GET", `/api/cases/${caseId}`, { auth: fasi })).status).toBe(404);
  });

  it("refuses national id numbers, unknown fields and duplicate codes", async () => {
    // A real fødselsnummer (valid check digits); an ordinary 11-digit number such as 12345678901 is allowed.
    const bad = await t.call("POST", "/api/cases", { auth: fasi, body: { code: fnr("010190"), district: "Heimdal" } });
    expect(bad.status).toBe(400);
    expect(((await json(bad)).error as { code: string }).code).toBe("invalid_input");
    const extra = await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Sak 9", district: "Heimdal", childName: "Ola" } });
    expect(extra.status).toBe(400);
    await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Sak 9", district: "Heimdal" } });
    const dup = await t.call("POST", "/api/cases", { auth: fasi, body: { code: "sak 9", district: "Heimdal" } });
    expect(dup.status).toBe(409);
  });

  it("a facilitator cannot create cases outside their districts (403) nor see other districts' cases (404)", async () => {
    expect((await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Sak X", district: "Østbyen" } })).status).toBe(403);
    const { caseId, memberIds } = await makeCase(t, fasi);
    const other = await t.login("other@laget.test");
    for (const [method, path] of [
      ["GET", `/api/cases/${caseId}`],
      ["PATCH", `/api/cases/${caseId}`],
      ["DELETE", `/api/cases/${caseId}`],
      ["GET", `/api/cases/${caseId}/members`],
      ["DELETE", `/api/cases/${caseId}/members/${memberIds[0]}`],
      ["POST", `/api/cases/${caseId}/rounds`],
    ]) {
      const res = await t.call(method, path, { auth: other, body: method === "GET" || method === "DELETE" ? undefined : { name: "x" } });
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    expect(((await json(await t.call("GET", "/api/cases", { auth: other }))).cases as unknown[]).length).toBe(0);
    const admin = await t.login("admin@laget.test");
    expect((await t.call("GET", `/api/cases/${caseId}`, { auth: admin })).status).toBe(200);
  });

  it("members: unknown role 400; edits refused with 409 while a round is open, allowed again after closing", async () => {
    const { caseId, memberIds } = await makeCase(t, fasi);
    expect((await t.call("POST", `/api/cases/${caseId}/members`, { auth: fasi, body: { role: "NOPE" } })).status).toBe(400);
    const round = await json(await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Høst" } }));
    const roundId = (round.round as { id: string }).id;
    expect((await t.call("POST", `/api/rounds/${roundId}/open`, { auth: fasi })).status).toBe(200);
    const edits = [
      await t.call("POST", `/api/cases/${caseId}/members`, { auth: fasi, body: { role: "TALE" } }),
      await t.call("PATCH", `/api/cases/${caseId}/members/${memberIds[0]}`, { auth: fasi, body: { label: "mor" } }),
      await t.call("DELETE", `/api/cases/${caseId}/members/${memberIds[0]}`, { auth: fasi }),
      await t.call("DELETE", `/api/cases/${caseId}`, { auth: fasi }),
    ];
    expect(edits.map((r) => r.status)).toEqual([409, 409, 409, 409]);
    expect(((await json(edits[0])).error as { code: string }).code).toBe("round_open");
    await t.call("POST", `/api/rounds/${roundId}/close`, { auth: fasi });
    expect((await t.call("PATCH", `/api/cases/${caseId}/members/${memberIds[0]}`, { auth: fasi, body: { label: "mor" } })).status).toBe(200);
    expect((await t.call("DELETE", `/api/cases/${caseId}/members/${memberIds[1]}`, { auth: fasi })).status).toBe(204);
  });
});

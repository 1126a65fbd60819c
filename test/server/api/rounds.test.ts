// Rounds over HTTP: links returned once and stored only as hashes, re-issue, status, close/reopen, import and analysis.
import { beforeEach, describe, expect, it } from "vitest";
import { hashToken } from "../../../server/security/tokens.ts";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
});

async function openedRound() {
  const { caseId, memberIds } = await makeCase(t, fasi);
  const created = await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Høst 2025", closesAt: "2099-04-01T00:00:00Z" } });
  expect(created.status).toBe(201);
  const round = (await json(created)).round as { id: string; instrumentVersion: string; status: string };
  expect(round).toMatchObject({ status: "draft", instrumentVersion: "2.0.0", language: "nb", display: "direction" });
  const opened = await t.call("POST", `/api/rounds/${round.id}/open`, { auth: fasi });
  expect(opened.status).toBe(200);
  const links = (await json(opened)).links as { memberId: string; role: string; label: string; url: string }[];
  return { caseId, memberIds, roundId: round.id, links };
}

describe("rounds", () => {
  it("open and close take an empty application/json body as no options (as before they took a body)", async () => {
    const { caseId } = await makeCase(t, fasi);
    const round = (await json(await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Vår" } }))).round as { id: string };
    const empty = { auth: fasi, raw: "", headers: { "content-type": "application/json" } };
    const opened = await t.call("POST", `/api/rounds/${round.id}/open`, empty);
    expect(opened.status).toBe(200);
    expect(((await json(opened)).links as unknown[]).length).toBeGreaterThan(0);
    expect((await t.call("POST", `/api/rounds/${round.id}/close`, empty)).status).toBe(200);
    // A body that is there must still be JSON.
    expect((await t.call("POST", `/api/rounds/${round.id}/reopen`, { auth: fasi })).status).toBe(200);
    expect((await t.call("POST", `/api/rounds/${round.id}/close`, { ...empty, raw: "{" })).status).toBe(400);
  });

  it("open returns each member's link once; only token hashes are stored", async () => {
    const { roundId, memberIds, links } = await openedRound();
    expect(links.map((l) => l.memberId)).toEqual(memberIds);
    const tokens = links.map((l) => /^http:\/\/laget\.test\/s\/([A-Za-z0-9_-]{43})$/.exec(l.url)?.[1] ?? "");
    expect(tokens.every((tok) => tok.length === 43)).toBe(true);
    const stored = await t.deps.store.listLinks(roundId);
    expect(stored.map((l) => l.tokenHash).sort()).toEqual(tokens.map(hashToken).sort());
    const dump = JSON.stringify([stored, await t.deps.store.getRound(roundId)]);
    for (const tok of tokens) expect(dump).not.toContain(tok);
    const again = await t.call("POST", `/api/rounds/${roundId}/open`, { auth: fasi });
    expect(again.status).toBe(409);
    expect(JSON.stringify(await json(await t.call("GET", `/api/rounds/${roundId}`, { auth: fasi })))).not.toContain(tokens[0]);
  });

  it("re-issue replaces the member's token hash (the old link stops working)", async () => {
    const { roundId, memberIds, links } = await openedRound();
    const oldToken = links[0].url.split("/s/")[1];
    const res = await t.call("POST", `/api/rounds/${roundId}/links/${memberIds[0]}/reissue`, { auth: fasi });
    expect(res.status).toBe(200);
    const newToken = ((await json(res)).link as { url: string }).url.split("/s/")[1];
    expect(newToken).not.toBe(oldToken);
    expect(await t.deps.store.getLinkByHash(hashToken(oldToken))).toBeUndefined();
    expect((await t.deps.store.getLinkByHash(hashToken(newToken)))?.memberId).toBe(memberIds[0]);
    expect((await t.call("POST", `/api/rounds/${roundId}/links/nobody/reissue`, { auth: fasi })).status).toBe(404);
  });

  it("a facilitator of another district gets 404 for every round route", async () => {
    const { roundId, memberIds } = await openedRound();
    const other = await t.login("other@laget.test");
    for (const [method, path] of [
      ["GET", ""], ["GET", "/status"], ["GET", "/analysis"], ["POST", "/open"], ["POST", "/close"], ["POST", "/reopen"], ["POST", `/links/${memberIds[0]}/reissue`],
    ]) {
      expect([path, (await t.call(method, `/api/rounds/${roundId}${path}`, { auth: other })).status]).toEqual([path, 404]);
    }
    expect((await t.call("GET", "/api/rounds/does-not-exist", { auth: fasi })).status).toBe(404);
  });

  it("status tracks not opened / draft / submitted; close and reopen", async () => {
    const { roundId, memberIds } = await openedRound();
    const at = t.deps.now().toISOString();
    await t.deps.store.putAnswer({ roundId, memberId: memberIds[0], ratings: [], submitted: true, updatedAt: at, submittedAt: at });
    await t.deps.store.putAnswer({ roundId, memberId: memberIds[1], ratings: [], submitted: false, updatedAt: at, submittedAt: null });
    const status = await json(await t.call("GET", `/api/rounds/${roundId}/status`, { auth: fasi }));
    expect((status.members as { state: string }[]).map((m) => m.state)).toEqual(["submitted", "draft", "not_opened"]);
    expect(status.responseRate).toBeCloseTo(1 / 3);
    expect((await t.call("POST", `/api/rounds/${roundId}/reopen`, { auth: fasi })).status).toBe(409);
    expect(((await json(await t.call("POST", `/api/rounds/${roundId}/close`, { auth: fasi }))).round as { status: string }).status).toBe("closed");
    expect((await t.call("POST", `/api/rounds/${roundId}/links/${memberIds[0]}/reissue`, { auth: fasi })).status).toBe(409);
    expect(((await json(await t.call("POST", `/api/rounds/${roundId}/reopen`, { auth: fasi }))).round as { status: string }).status).toBe("open");
  });

  it("analysis of a survey round uses submitted answer sets; bad options give 400", async () => {
    const { roundId, memberIds } = await openedRound();
    const at = t.deps.now().toISOString();
    const items = ["frequent", "timely", "accurate", "problemSolving", "sharedGoals", "sharedKnowledge", "mutualRespect"];
    const ratings = (targets: string[], value: number) => targets.flatMap((target) => items.map((item) => ({ target, item, value })));
    await t.deps.store.putAnswer({ roundId, memberId: memberIds[0], ratings: ratings([memberIds[1], memberIds[2]], 2), submitted: true, updatedAt: at, submittedAt: at });
    await t.deps.store.putAnswer({ roundId, memberId: memberIds[1], ratings: ratings([memberIds[0]], 5), submitted: true, updatedAt: at, submittedAt: at });
    const res = await t.call("GET", `/api/rounds/${roundId}/analysis?by=role`, { auth: fasi });
    expect(res.status).toBe(200);
    // The parents' seat (FORÆ) has not agreed to be shown: left out, row and column (PPT→HEGE 2, HEGE→PPT 5).
    expect((await json(res)).summary).toMatchObject({ nodes: 2, raters: 2, weakShare: 1 / 2 });
    await t.deps.store.putAnswer({ roundId, memberId: memberIds[2], ratings: [], submitted: false, updatedAt: at, submittedAt: null, showInMeeting: true });
    const shown = await json(await t.call("GET", `/api/rounds/${roundId}/analysis?by=role`, { auth: fasi }));
    expect(shown.summary).toMatchObject({ nodes: 3, raters: 2, weakShare: 2 / 3 });
    expect((await t.call("GET", `/api/rounds/${roundId}/analysis?dimension=communication`, { auth: fasi })).status).toBe(200);
    for (const q of ["threshold=9", "by=nobody", "dimension=nope", "foo=1"]) {
      expect([q, (await t.call("GET", `/api/rounds/${roundId}/analysis?${q}`, { auth: fasi })).status]).toEqual([q, 400]);
    }
  });

  it("imports a round from pair scores and validates the members", async () => {
    const { caseId, memberIds: [a, b, c] } = await makeCase(t, fasi);
    const bad = await t.call("POST", `/api/cases/${caseId}/rounds/import`, { auth: fasi, body: { name: "Import", scores: [{ rater: a, target: "zzz", score: 3 }] } });
    expect(bad.status).toBe(400);
    const res = await t.call("POST", `/api/cases/${caseId}/rounds/import`, {
      auth: fasi,
      body: { name: "Import", scores: [{ rater: a, target: b, score: 3 }, { rater: b, target: a, score: 4.5 }, { rater: b, target: c, score: 2 }] },
    });
    expect(res.status).toBe(201);
    const round = (await json(res)).round as { id: string; source: string; status: string };
    expect(round).toMatchObject({ source: "import", status: "closed" });
    const analysis = await json(await t.call("GET", `/api/rounds/${round.id}/analysis`, { auth: fasi }));
    expect(analysis.summary).toMatchObject({ raters: 2, weakShare: 2 / 3 });
    expect((await t.call("POST", `/api/rounds/${round.id}/open`, { auth: fasi })).status).toBe(409);
  });
});

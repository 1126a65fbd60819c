// Agreed actions over HTTP: record, change and follow up in the next round (scores worked out by hand), validation, 404, 409.
import { beforeEach, describe, expect, it } from "vitest";
import { MAX_ACTIONS_PER_CASE } from "../../../domain/index.ts";
import { fnr } from "../../domain/fnr.ts";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
});

type Scores = [number, number, number][];
interface View {
  id: string;
  roundId: string;
  status: string;
  what: string;
  who: string;
  due: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  round: { id: string; name: string };
  before: number | null;
  after: { id: string; name: string; score: number | null } | null;
}

/** An imported (closed) round of pair scores given as [rater index, target index, score]. */
async function importRound(caseId: string, ids: string[], name: string, scores: Scores): Promise<string> {
  const body = { name, scores: scores.map(([r, g, score]) => ({ rater: ids[r], target: ids[g], score })) };
  const res = await t.call("POST", `/api/cases/${caseId}/rounds/import`, { auth: fasi, body });
  expect(res.status).toBe(201);
  return ((await json(res)).round as { id: string }).id;
}

const post = async (roundId: string, body: unknown, auth: Browser = fasi) => t.call("POST", `/api/rounds/${roundId}/actions`, { auth, body });
const actionOf = async (res: Response) => (await json(res)).action as View;

// Members: 0 PPT, 1 SKLær (a), 2 SKLær (b), 3 HEGE.
const ROLES = ["PPT", "SKLær", "SKLær", "HEGE"];
const AUTUMN: Scores = [[0, 1, 2], [0, 2, 3], [1, 0, 4], [2, 0, 5], [3, 0, 1.5], [0, 3, 4.5]];
const SPRING: Scores = [[0, 1, 4], [0, 2, 4.5], [1, 0, 4], [3, 0, 3], [0, 3, 5]];

async function twoRounds() {
  const { caseId, memberIds } = await makeCase(t, fasi, ROLES);
  const autumn = await importRound(caseId, memberIds, "Høst", AUTUMN);
  t.advance(1000);
  const spring = await importRound(caseId, memberIds, "Vår", SPRING);
  return { caseId, memberIds, autumn, spring };
}

describe("agreed actions", () => {
  it("records actions about a member link, a role link and the team, and follows them up in the next round", async () => {
    const { caseId, memberIds: m, autumn, spring } = await twoRounds();
    const member = await actionOf(
      await post(autumn, { about: { kind: "pair", level: "member", dimension: "all", source: m[3], target: m[0] }, what: "Helsesykepleier og PPT møtes før hvert lagmøte", who: "HEGE", due: "2026-01-15" }),
    );
    const role = await actionOf(await post(autumn, { about: { kind: "pair", level: "role", dimension: "all", source: "PPT", target: "SKLær" }, what: "PPT observerer i klassen", who: "PPT" }));
    const team = await actionOf(await post(autumn, { about: { kind: "team", level: "member", dimension: "all" }, what: "Felles plan", who: "SKLær", due: null }));
    // Before: the score in the autumn round at the recorded level. PPT → SKLær folds PPT → a (2) and PPT → b (3).
    expect([member.before, role.before]).toEqual([1.5, (2 + 3) / 2]);
    expect(team.before).toBeCloseTo((2 + 3 + 4 + 5 + 1.5 + 4.5) / 6, 12);
    expect([member.after, role.after, team.after]).toEqual([
      { id: spring, name: "Vår", score: 3 },
      { id: spring, name: "Vår", score: (4 + 4.5) / 2 },
      { id: spring, name: "Vår", score: expect.closeTo((4 + 4.5 + 4 + 3 + 5) / 5, 12) },
    ]);
    expect(member).toMatchObject({ status: "open", roundId: autumn, round: { id: autumn, name: "Høst" }, due: "2026-01-15" });
    // The spring round lists them as its follow-up; it has agreed nothing itself.
    const springActions = (await json(await t.call("GET", `/api/rounds/${spring}/actions`, { auth: fasi }))) as { agreed: View[]; followUp: View[] };
    expect(springActions.agreed).toEqual([]);
    expect(springActions.followUp.map((a) => a.id)).toEqual([member.id, role.id, team.id]);
    const autumnActions = (await json(await t.call("GET", `/api/rounds/${autumn}/actions`, { auth: fasi }))) as { agreed: View[]; followUp: View[] };
    expect([autumnActions.agreed.length, autumnActions.followUp.length]).toEqual([3, 0]);
    const listed = (await json(await t.call("GET", `/api/cases/${caseId}/actions`, { auth: fasi }))).actions as View[];
    expect(listed.map((a) => [a.what, a.status])).toEqual([["Helsesykepleier og PPT møtes før hvert lagmøte", "open"], ["PPT observerer i klassen", "open"], ["Felles plan", "open"]]);
  });

  it("has no after until there is a next round, and no score for a link nobody answered", async () => {
    const { caseId, memberIds: m } = await makeCase(t, fasi, ROLES);
    const only = await importRound(caseId, m, "Høst", AUTUMN);
    const a = await actionOf(await post(only, { about: { kind: "pair", level: "member", dimension: "all", source: m[1], target: m[2] }, what: "Samarbeid", who: "SKLær" }));
    expect([a.before, a.after]).toEqual([null, null]);
  });

  it("changes status and text, keeps who created it and records who changed it and when", async () => {
    const { caseId, memberIds: m, autumn } = await twoRounds();
    const created = await actionOf(await post(autumn, { about: { kind: "team", level: "role", dimension: "all" }, what: "Felles plan", who: "PPT" }));
    const admin = await t.login("admin@laget.test");
    t.advance(60_000);
    const res = await t.call("PATCH", `/api/rounds/${autumn}/actions/${created.id}`, { auth: admin, body: { status: "done", due: "2026-02-01", expectedUpdatedAt: created.updatedAt } });
    expect(res.status).toBe(200);
    const changed = await actionOf(res);
    const fasiUser = await t.deps.store.getUserByEmail("fasi@laget.test");
    const adminUser = await t.deps.store.getUserByEmail("admin@laget.test");
    expect(changed).toMatchObject({ status: "done", due: "2026-02-01", what: "Felles plan", createdBy: fasiUser!.id, createdAt: created.createdAt, updatedBy: adminUser!.id });
    expect(Date.parse(changed.updatedAt) - Date.parse(created.updatedAt)).toBe(60_000);
    // A second change from the first facilitator's stale copy is refused, and the stored action is unchanged.
    const stale = await t.call("PATCH", `/api/rounds/${autumn}/actions/${created.id}`, { auth: fasi, body: { status: "dropped", expectedUpdatedAt: created.updatedAt } });
    expect(stale.status).toBe(409);
    expect(((await json(stale)).error as { code: string }).code).toBe("action_changed");
    expect((await t.deps.store.listActions(caseId)).map((a) => a.status)).toEqual(["done"]);
    // Clearing the date and moving the action to a link.
    const moved = await actionOf(
      await t.call("PATCH", `/api/rounds/${autumn}/actions/${created.id}`, { auth: fasi, body: { due: null, about: { kind: "pair", level: "member", dimension: "all", source: m[0], target: m[3] } } }),
    );
    expect([moved.due, moved.before, moved.after?.score]).toEqual([null, 4.5, 5]);
  });

  it("refuses malformed bodies with dotted paths, and links or roles that are not the team's", async () => {
    const { memberIds: m, autumn } = await twoRounds();
    const bad = await post(autumn, { about: { kind: "pair", level: "member", dimension: "all", source: m[0] }, what: "", who: "PPT", due: "2026-02-30", status: "maybe", extra: 1 });
    expect(bad.status).toBe(400);
    const error = (await json(bad)).error as { code: string; issues: { path: string }[] };
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["", "about.target", "due", "status", "what"]);
    const idNumber = await post(autumn, { about: { kind: "team", level: "member", dimension: "all" }, what: `Ring mor, ${fnr("010190")}`, who: "PPT" });
    expect(idNumber.status).toBe(400);
    const unknown = await post(autumn, { about: { kind: "pair", level: "member", dimension: "all", source: m[0], target: "nobody" }, what: "X", who: "FYS" });
    expect(unknown.status).toBe(400);
    const err = (await json(unknown)).error as { code: string; issues: { path: string; message: string }[] };
    expect(err.code).toBe("invalid_action");
    expect(err.issues).toEqual([{ path: "about.target", message: "not a member of the case" }, { path: "who", message: "not a role of the team" }]);
    const self = await post(autumn, { about: { kind: "pair", level: "member", dimension: "all", source: m[0], target: m[0] }, what: "X", who: "PPT" });
    expect(((await json(self)).error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["about.target"]);
    const role = await post(autumn, { about: { kind: "pair", level: "role", dimension: "all", source: "PPT", target: "TALE" }, what: "X", who: "PPT" });
    expect(((await json(role)).error as { issues: { path: string; message: string }[] }).issues).toEqual([{ path: "about.target", message: "not a role of the team" }]);
    expect(await t.deps.store.listActions((await t.deps.store.getRound(autumn))!.caseId)).toEqual([]);
  });

  it("refuses an action on a draft round and past the per-case limit (409)", async () => {
    const { caseId, memberIds: m, autumn } = await twoRounds();
    const draft = ((await json(await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Neste" } }))).round as { id: string }).id;
    const body = { about: { kind: "team", level: "member", dimension: "all" }, what: "X", who: "PPT" };
    const res = await post(draft, body);
    expect([res.status, ((await json(res)).error as { code: string }).code]).toEqual([409, "round_draft"]);
    const now = new Date().toISOString();
    for (let i = 0; i < MAX_ACTIONS_PER_CASE; i++) {
      await t.deps.store.putAction({ id: `a${i}`, caseId, roundId: autumn, about: { kind: "pair", level: "member", dimension: "all", source: m[0], target: m[1] }, what: `Tiltak ${i}`, who: "PPT", due: null, status: "open", createdAt: now, createdBy: "u", updatedAt: now, updatedBy: "u" });
    }
    const full = await post(autumn, body);
    expect([full.status, ((await json(full)).error as { code: string }).code]).toEqual([409, "too_many_actions"]);
    expect(await t.deps.store.listActions(caseId)).toHaveLength(MAX_ACTIONS_PER_CASE);
  });

  it("answers 404 for another district's round and case, an unknown action and an action of another round; 403 for evaluators", async () => {
    const { caseId, autumn, spring } = await twoRounds();
    const created = await actionOf(await post(autumn, { about: { kind: "team", level: "member", dimension: "all" }, what: "Felles plan", who: "PPT" }));
    const other = await t.login("other@laget.test");
    const body = { about: { kind: "team", level: "member", dimension: "all" }, what: "X", who: "PPT" };
    expect((await t.call("GET", `/api/rounds/${autumn}/actions`, { auth: other })).status).toBe(404);
    // Another district's round is 404 even with a body that is not JSON: nothing about it is looked at.
    expect((await t.call("POST", `/api/rounds/${autumn}/actions`, { auth: other, raw: "nope", headers: { "content-type": "text/plain" } })).status).toBe(404);
    expect((await t.call("POST", `/api/rounds/${autumn}/actions`, { auth: other, body })).status).toBe(404);
    expect((await t.call("PATCH", `/api/rounds/${autumn}/actions/${created.id}`, { auth: other, body: { status: "done" } })).status).toBe(404);
    expect((await t.call("GET", `/api/cases/${caseId}/actions`, { auth: other })).status).toBe(404);
    expect((await t.call("PATCH", `/api/rounds/${autumn}/actions/nope`, { auth: fasi, body: { status: "done" } })).status).toBe(404);
    expect((await t.call("PATCH", `/api/rounds/${spring}/actions/${created.id}`, { auth: fasi, body: { status: "done" } })).status).toBe(404);
    const evaluator = await t.login("eval@laget.test");
    expect((await t.call("GET", `/api/rounds/${autumn}/actions`, { auth: evaluator })).status).toBe(403);
    expect((await t.call("GET", `/api/cases/${caseId}/actions`, { auth: evaluator })).status).toBe(403);
    expect((await t.deps.store.listActions(caseId)).map((a) => a.status)).toEqual(["open"]);
  });
});

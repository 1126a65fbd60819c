// The round's display setting over HTTP: the analysis the meeting view, the exports and the aggregates read shows only what the setting allows.
import { beforeEach, describe, expect, it } from "vitest";
import { RC7_V2 } from "../../../surveys/rc7-v2.ts";
import { facilitatorApp, makeCase, type Browser, type TestApp } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
});

interface Edge { source: string; target: string; score: number; n: number; raters?: number }
interface Analysis { edges: Edge[]; display: { mode: string; hiddenCells: number; hiddenMembers: number } }

/**
 * Two teachers (A, B), a nurse (N) and a psychologist (P); every team member submits, rating every item about each
 * target with the value `score[rater][target]`. Then the round closes.
 */
async function answeredRound(display: string | undefined) {
  const { caseId, memberIds } = await makeCase(t, fasi, ["SKLær", "SKLær", "HEGE", "PSYK"]);
  const [A, B, N, P] = memberIds;
  const body: Record<string, unknown> = { name: "Vår", ...(display ? { display } : {}) };
  const created = await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body });
  expect(created.status).toBe(201);
  const roundId = ((await created.json()) as { round: { id: string } }).round.id;
  const opened = (await (await t.call("POST", `/api/rounds/${roundId}/open`, { auth: fasi })).json()) as { links: { memberId: string; url: string }[] };
  const score: Record<string, Record<string, number>> = {
    [A]: { [B]: 5, [N]: 2, [P]: 4 },
    [B]: { [A]: 3, [N]: 4, [P]: 4 },
    [N]: { [A]: 4, [B]: 1, [P]: 3 },
    [P]: { [A]: 2, [B]: 5, [N]: 5 },
  };
  for (const l of opened.links) {
    const ratings = Object.entries(score[l.memberId]).flatMap(([target, value]) => RC7_V2.items.map((i) => ({ target, item: i.id, value })));
    const res = await t.app.request(new URL(l.url).pathname.replace("/s/", "/api/s/"), {
      method: "PUT", body: JSON.stringify({ ratings, submit: true }), headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(200);
  }
  expect((await t.call("POST", `/api/rounds/${roundId}/close`, { auth: fasi })).status).toBe(200);
  const analysis = async (by: "member" | "role") =>
    (await (await t.call("GET", `/api/rounds/${roundId}/analysis?by=${by}`, { auth: fasi })).json()) as Analysis;
  return { ids: { A, B, N, P }, score, analysis };
}

const cells = (edges: Edge[]) => Object.fromEntries(edges.map((e) => [`${e.source}>${e.target}`, e.score]));

describe("a round's display setting in its analysis", () => {
  it("direction (the default): every rating with its direction, one rater per member cell", async () => {
    const { score, analysis } = await answeredRound(undefined);
    const a = await analysis("member");
    expect(a.display).toEqual({ mode: "direction", hiddenCells: 0, hiddenMembers: 0 });
    const expected = Object.fromEntries(Object.entries(score).flatMap(([r, row]) => Object.entries(row).map(([tg, v]) => [`${r}>${tg}`, v])));
    expect(cells(a.edges)).toEqual(expected);
    expect(a.edges.every((e) => e.raters === 1)).toBe(true);
  });

  it("pairs: one value per pair, the mean of both directions, so no cell is what one person said", async () => {
    const { ids: { A, B, N, P }, score, analysis } = await answeredRound("pairs");
    const a = await analysis("member");
    expect(a.display.mode).toBe("pairs");
    const mean = (x: string, y: string) => (score[x][y] + score[y][x]) / 2;
    const expected: Record<string, number> = {};
    for (const [x, y] of [[A, B], [A, N], [A, P], [B, N], [B, P], [N, P]]) expected[`${x}>${y}`] = expected[`${y}>${x}`] = mean(x, y);
    expect(cells(a.edges)).toEqual(expected);
    // A→N is 2 and N→A is 4: neither number appears for that pair, only 3 both ways.
    expect(cells(a.edges)[`${A}>${N}`]).toBe(3);
    expect(a.edges.every((e) => (e.raters ?? 0) >= 2)).toBe(true);
  });

  it("min2: nothing at member level; at role level only the two teachers' cells", async () => {
    const { ids: { A, B, N, P }, score, analysis } = await answeredRound("min2");
    const members = await analysis("member");
    expect(members.edges).toEqual([]);
    expect(members.display).toEqual({ mode: "min2", hiddenCells: 12, hiddenMembers: 0 });
    const roles = await analysis("role");
    // Rater role SKLær (A and B): about HEGE (2+4)/2, about PSYK (4+4)/2, about each other (5+3)/2.
    expect(cells(roles.edges)).toEqual({
      "SKLær>HEGE": (score[A][N] + score[B][N]) / 2,
      "SKLær>PSYK": (score[A][P] + score[B][P]) / 2,
      "SKLær>SKLær": (score[A][B] + score[B][A]) / 2,
    });
    expect(roles.edges.every((e) => e.raters === 2)).toBe(true);
  });

  it("refuses a display setting it does not know, and stores nothing", async () => {
    const { caseId } = await makeCase(t, fasi);
    const res = await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Vår", display: "everything" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("display");
    expect(await t.deps.store.listRounds(caseId)).toEqual([]);
  });
});

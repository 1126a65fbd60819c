// The case over time over HTTP: figures per round and pair trends checked against a naive second computation; validation, 404.
import { beforeEach, describe, expect, it } from "vitest";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
});

type Scores = [number, number, number][];
interface Round {
  id: string;
  name: string;
  status: string;
  available: boolean;
  responseRate: number | null;
  meanScore: number | null;
  weakShare: number | null;
  reciprocity: number | null;
  unanswered: number;
  links: number;
  weak: number;
}
interface Timeline {
  by: string;
  threshold: number;
  rounds: Round[];
  nodes: { id: string; role: string }[];
  pairs: { source: string; target: string; scores: (number | null)[] }[];
}

// Members: 0 PPT, 1 SKLær (a), 2 SKLær (b), 3 HEGE. The two teachers never rate each other (no role self-loop).
const ROLES = ["PPT", "SKLær", "SKLær", "HEGE"];
const ROUNDS: [string, Scores][] = [
  ["Høst 2025", [[0, 1, 2], [0, 2, 3], [1, 0, 4], [2, 0, 5], [3, 0, 1.5], [0, 3, 4.5]]],
  ["Vår 2026", [[0, 1, 4], [0, 2, 4.5], [1, 0, 4], [3, 0, 3], [0, 3, 5], [1, 3, 3.8]]],
  ["Høst 2026", [[0, 1, 5], [1, 0, 5], [2, 0, 4], [3, 0, 4], [0, 3, 5], [3, 1, 2]]],
];

/** Naive role-level figures: cells are means over member pairs, then the definitions of docs/design.md, written out. */
function naive(scores: Scores, threshold: number) {
  const cells = new Map<string, number[]>();
  for (const [r, g, s] of scores) {
    const key = `${ROLES[r]}>${ROLES[g]}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  const cell = new Map([...cells].map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / v.length]));
  const values = [...cell.values()];
  const weak = values.filter((v) => v <= threshold).length;
  let answered = 0;
  let mutual = 0;
  let unanswered = 0;
  for (const [k, v] of cell) {
    if (v <= threshold) continue;
    const [a, b] = k.split(">");
    const back = cell.get(`${b}>${a}`);
    if (back === undefined) unanswered++;
    else {
      answered++;
      if (back > threshold) mutual++;
    }
  }
  const raters = new Set(scores.map(([r]) => r)).size;
  return {
    cell,
    figures: {
      responseRate: raters / ROLES.length,
      meanScore: values.reduce((a, b) => a + b, 0) / values.length,
      weakShare: weak / values.length,
      reciprocity: answered ? mutual / answered : null,
      unanswered,
      links: values.length,
      weak,
    },
  };
}

async function caseWithRounds() {
  const { caseId, memberIds } = await makeCase(t, fasi, ROLES);
  const ids: string[] = [];
  for (const [name, scores] of ROUNDS) {
    t.advance(1000);
    const body = { name, scores: scores.map(([r, g, score]) => ({ rater: memberIds[r], target: memberIds[g], score })) };
    const res = await t.call("POST", `/api/cases/${caseId}/rounds/import`, { auth: fasi, body });
    expect(res.status).toBe(201);
    ids.push(((await json(res)).round as { id: string }).id);
  }
  t.advance(1000);
  // A draft has no results: it is not on the timeline.
  expect((await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Vår 2027" } })).status).toBe(201);
  return { caseId, memberIds, ids };
}

const get = async (path: string, auth: Browser = fasi) => t.call("GET", path, { auth });

describe("GET /api/cases/:id/timeline", () => {
  it("gives response rate, mean, weak share and reciprocity per round and each role pair's scores, oldest round first", async () => {
    const { caseId, ids } = await caseWithRounds();
    for (const threshold of [3.5, 4]) {
      const res = await get(`/api/cases/${caseId}/timeline?by=role&threshold=${threshold}`);
      expect(res.status).toBe(200);
      const tl = (await res.json()) as Timeline;
      expect([tl.by, tl.threshold]).toEqual(["role", threshold]);
      expect(tl.rounds.map((r) => [r.id, r.name, r.available])).toEqual(ROUNDS.map(([name], i) => [ids[i], name, true]));
      const expected = ROUNDS.map(([, scores]) => naive(scores, threshold));
      tl.rounds.forEach((r, i) => {
        const want = expected[i].figures;
        expect(r.meanScore).toBeCloseTo(want.meanScore, 12);
        expect({ ...r, meanScore: 0 }).toMatchObject({ ...want, meanScore: 0 });
      });
      // Every role pair scored in some round, with its score per round (null where nobody rated it then).
      const pairKeys = new Set(expected.flatMap((e) => [...e.cell.keys()]));
      expect(tl.pairs.map((p) => `${p.source}>${p.target}`).sort()).toEqual([...pairKeys].sort());
      for (const p of tl.pairs) expect(p.scores).toEqual(expected.map((e) => e.cell.get(`${p.source}>${p.target}`) ?? null));
    }
  });

  it("lines up member pairs across rounds at member level", async () => {
    const { caseId, memberIds: m } = await caseWithRounds();
    const tl = (await (await get(`/api/cases/${caseId}/timeline?by=member`)).json()) as Timeline;
    expect(tl.nodes.map((n) => n.id).sort()).toEqual([...m].sort());
    const pair = (a: number, b: number) => tl.pairs.find((p) => p.source === m[a] && p.target === m[b])?.scores;
    expect(pair(0, 1)).toEqual([2, 4, 5]);
    expect(pair(2, 0)).toEqual([5, null, 4]);
    expect(pair(1, 3)).toEqual([null, 3.8, null]);
    expect(pair(2, 3)).toBeUndefined();
    // Member level: response rate is respondents / members, the mean is over the member pairs.
    expect(tl.rounds.map((r) => r.responseRate)).toEqual([1, 0.75, 1]);
    expect(tl.rounds[0].meanScore).toBeCloseTo((2 + 3 + 4 + 5 + 1.5 + 4.5) / 6, 12);
  });

  it("marks a round that cannot be analysed with the dimension instead of failing the whole timeline", async () => {
    const { caseId } = await caseWithRounds();
    const res = await get(`/api/cases/${caseId}/timeline?dimension=frequent`);
    expect(res.status).toBe(200);
    const tl = (await res.json()) as Timeline;
    expect(tl.rounds.map((r) => [r.available, r.meanScore, r.links])).toEqual(ROUNDS.map(() => [false, null, 0]));
    expect(tl.pairs).toEqual([]);
  });

  it("refuses a bad query with dotted paths, answers 404 across districts and 403 to evaluators", async () => {
    const { caseId } = await caseWithRounds();
    const bad = await get(`/api/cases/${caseId}/timeline?by=team&threshold=9&format=csv`);
    expect(bad.status).toBe(400);
    const error = (await json(bad)).error as { code: string; issues: { path: string }[] };
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["", "by", "threshold"]);
    expect((await get(`/api/cases/${caseId}/timeline`, await t.login("other@laget.test"))).status).toBe(404);
    expect((await get(`/api/cases/nope/timeline`)).status).toBe(404);
    expect((await get(`/api/cases/${caseId}/timeline`, await t.login("eval@laget.test"))).status).toBe(403);
  });

  it("is empty for a case without measured rounds", async () => {
    const { caseId } = await makeCase(t, fasi, ROLES);
    const tl = (await (await get(`/api/cases/${caseId}/timeline`)).json()) as Timeline;
    expect([tl.rounds, tl.pairs, tl.threshold]).toEqual([[], [], 3.5]);
  });
});

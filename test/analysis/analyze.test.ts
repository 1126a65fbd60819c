// analyze() from item-level ratings: N/A never zero, non-responders, n, dimensions, folding by role.
import { describe, expect, it } from "vitest";
import { analyze, DEFAULT_ITEMS, roleMatrix, type ItemRating } from "../../analysis/index.ts";

const nodes = [
  { id: "t1", role: "SKLær", label: "Teacher 1" },
  { id: "t2", role: "SKLær", label: "Teacher 2" },
  { id: "p", role: "PPT", label: "PPT" },
  { id: "f", role: "FORÆ", label: "Parent" },
];
const all = (rater: string, target: string, values: (number | null)[]): ItemRating[] =>
  values.map((value, k) => ({ rater, target, item: DEFAULT_ITEMS[k], value }));

// t1→p: 5,5,5,5 (comm) and 1,1,N/A (rel) → all = 22/6, comm 5, rel 1; n = 6.
// t2→p: 4 × 7 → 4. p→t1: 2 × 7. f answered only N/A → not responded. Nobody rated f.
const ratings = [
  ...all("t1", "p", [5, 5, 5, 5, 1, 1, null]),
  ...all("t2", "p", [4, 4, 4, 4, 4, 4, 4]),
  ...all("p", "t1", [2, 2, 2, 2, 2, 2, 2]),
  ...all("f", "p", [null, null, null, null, null, null, null]),
];

describe("analyze (item level)", () => {
  const r = analyze({ nodes, ratings });
  it("takes the mean of answered items; N/A is missing, not 0", () => {
    expect(r.edges.find((e) => e.source === "t1")).toMatchObject({ target: "p", n: 6, weak: false, band: "moderate" });
    expect(r.edges.find((e) => e.source === "t1")!.score).toBeCloseTo(22 / 6, 12);
  });
  it("reports a rater with only N/A as not responded, with no edge", () => {
    expect(r.nodes.find((n) => n.id === "f")).toMatchObject({ responded: false, outMean: null, inMean: null, betweenness: 0 });
    expect(r.edges.some((e) => e.source === "f")).toBe(false);
    expect(r.summary).toMatchObject({ nodes: 4, raters: 3, responseRate: 0.75, members: 4, respondents: 3 });
  });
  it("scores a dimension or a subscore", () => {
    const comm = analyze({ nodes, ratings }, { dimension: "communication" });
    const rel = analyze({ nodes, ratings }, { dimension: "relationship" });
    const one = analyze({ nodes, ratings }, { dimension: "mutualRespect" });
    expect(comm.edges.find((e) => e.source === "t1")).toMatchObject({ score: 5, n: 4 });
    expect(rel.edges.find((e) => e.source === "t1")).toMatchObject({ score: 1, n: 2, weak: true });
    expect(one.edges.find((e) => e.source === "t1")).toBeUndefined(); // only N/A on that item
    expect(comm.dimension).toBe("communication");
  });
  it("folds members into roles: a cell is the mean over member pairs, n their sum", () => {
    const byRole = analyze({ nodes, ratings }, { by: "role" });
    expect(byRole.nodes.map((n) => n.id)).toEqual(["SKLær", "PPT", "FORÆ"]);
    // SKLær→PPT = mean(22/6, 4) = 23/6, n = 6 + 7.
    const cell = byRole.edges.find((e) => e.source === "SKLær" && e.target === "PPT")!;
    expect(cell.score).toBeCloseTo(23 / 6, 12);
    expect(cell.n).toBe(13);
    expect(byRole.nodes.find((n) => n.id === "FORÆ")!.responded).toBe(false);
    expect(byRole.summary).toMatchObject({ nodes: 3, raters: 2, responseRate: 0.75 });
    const m = roleMatrix({ nodes, ratings });
    expect(m.labels).toEqual(["SKLær", "PPT", "FORÆ"]);
    expect(m.rows[1][0]).toBe(2);
    expect(m.rows[2]).toEqual([null, null, null]);
  });
  it("takes imported pair scores with n = 1, item ratings winning for the same pair", () => {
    const r2 = analyze({ nodes, ratings: all("t1", "p", [3, 3, 3, 3, 3, 3, 3]), pairScores: [{ rater: "t1", target: "p", score: 5 }, { rater: "p", target: "f", score: 4 }] });
    expect(r2.edges.map((e) => [e.source, e.target, e.score, e.n])).toEqual([["t1", "p", 3, 7], ["p", "f", 4, 1]]);
  });
  it("rejects bad input naming analyze", () => {
    expect(() => analyze({ nodes, ratings: [{ rater: "x", target: "p", item: "timely", value: 3 }] })).toThrow(/analyze: rating rater "x"/);
    expect(() => analyze({ nodes, ratings: all("t1", "p", [0]) })).toThrow(/analyze: rating t1→p "frequent" must be 1–5/);
    expect(() => analyze({ nodes: [...nodes, nodes[0]] })).toThrow(/analyze: input "nodes" has the id "t1" twice/);
    expect(() => analyze({ nodes, pairScores: [{ rater: "t1", target: "p", score: 4 }] }, { dimension: "timely" })).toThrow(/analyze: option "dimension"/);
  });
});

describe("analyze with targetsOnly (a family seat that answers the family form)", () => {
  // Same ratings without f's row: t1, t2 and p responded. With f as target only the denominator is
  // 3 members → 3/3 = 1; without the option f counts as a non-responding member → 3/4.
  const teamRatings = ratings.filter((r) => r.rater !== "f");
  it("leaves target-only seats out of the response rate", () => {
    expect(analyze({ nodes, ratings: teamRatings }).summary.responseRate).toBeCloseTo(3 / 4, 12);
    expect(analyze({ nodes, ratings: teamRatings, targetsOnly: ["f"] }).summary.responseRate).toBe(1);
  });
  it("refuses an id that is not a node, naming the input", () => {
    expect(() => analyze({ nodes, ratings: teamRatings, targetsOnly: ["nobody"] })).toThrow(/analyze: input "targetsOnly"/);
  });
});

// Edge `raters`: distinct rater members behind a score (1 per member pair; distinct members folded into a role cell).
import { describe, expect, it } from "vitest";
import { analyze, DEFAULT_ITEMS, type ItemRating } from "../../analysis/index.ts";

const nodes = [
  { id: "t1", role: "SKLær", label: "Teacher 1" },
  { id: "t2", role: "SKLær", label: "Teacher 2" },
  { id: "p1", role: "PPT", label: "PPT 1" },
  { id: "p2", role: "PPT", label: "PPT 2" },
];
const all = (rater: string, target: string, values: (number | null)[]): ItemRating[] =>
  values.map((value, k) => ({ rater, target, item: DEFAULT_ITEMS[k], value }));

// Worked by hand:
// t1→p1 (7 items), t1→p2 (7 items), t2→p1 (3 items answered, 4 N/A): SKLær→PPT folds 3 pairs from 2 raters, n = 17.
// p1→t1 and p1→t2 (7 each): PPT→SKLær folds 2 pairs from 1 rater, n = 14.
// p2 answered only N/A: no edge, not a rater.
const ratings = [
  ...all("t1", "p1", [4, 4, 4, 4, 4, 4, 4]),
  ...all("t1", "p2", [3, 3, 3, 3, 3, 3, 3]),
  ...all("t2", "p1", [5, 5, 5, null, null, null, null]),
  ...all("p1", "t1", [2, 2, 2, 2, 2, 2, 2]),
  ...all("p1", "t2", [4, 4, 4, 4, 4, 4, 4]),
  ...all("p2", "t1", [null, null, null, null, null, null, null]),
];

describe("edge raters", () => {
  it("is 1 for every member-level pair", () => {
    const r = analyze({ nodes, ratings });
    expect(r.edges.map((e) => [e.source, e.target, e.n, e.raters])).toEqual([
      ["t1", "p1", 7, 1],
      ["t1", "p2", 7, 1],
      ["t2", "p1", 3, 1],
      ["p1", "t1", 7, 1],
      ["p1", "t2", 7, 1],
    ]);
  });

  it("counts the distinct rater members folded into a role cell, not the ratings or pairs", () => {
    const r = analyze({ nodes, ratings }, { by: "role" });
    const cell = (s: string, t: string) => r.edges.find((e) => e.source === s && e.target === t)!;
    expect(cell("SKLær", "PPT")).toMatchObject({ n: 17, raters: 2 });
    expect(cell("SKLær", "PPT").score).toBeCloseTo((4 + 3 + 5) / 3, 12);
    expect(cell("PPT", "SKLær")).toMatchObject({ n: 14, raters: 1, score: 3 });
  });

  it("counts a dimension's raters only where they answered that dimension", () => {
    const rel = analyze({ nodes, ratings }, { by: "role", dimension: "relationship" });
    // t2 answered no relationship item about p1: only t1 is behind SKLær→PPT.
    expect(rel.edges.find((e) => e.source === "SKLær" && e.target === "PPT")).toMatchObject({ n: 6, raters: 1 });
  });

  it("counts members behind imported pair scores the same way", () => {
    const r = analyze(
      { nodes, pairScores: [{ rater: "t1", target: "p1", score: 4 }, { rater: "t2", target: "p2", score: 2 }, { rater: "t2", target: "p1", score: 3 }] },
      { by: "role" },
    );
    expect(r.edges).toEqual([expect.objectContaining({ source: "SKLær", target: "PPT", n: 3, raters: 2, score: 3 })]);
  });
});

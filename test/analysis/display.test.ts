// The display setting on tiny inputs: the pure transformation, and analyze() computing every figure from what is shown.
import { describe, expect, it } from "vitest";
import { analyze } from "../../analysis/analyze.ts";
import { applyDisplay } from "../../analysis/display.ts";
import type { ScoredPair } from "../../analysis/fold.ts";

const MEMBER_PAIRS: ScoredPair[] = [
  { source: "a", target: "b", score: 2, n: 7, raters: 1 },
  { source: "b", target: "a", score: 4.5, n: 6, raters: 1 },
  { source: "a", target: "c", score: 5, n: 7, raters: 1 },
];

describe("applyDisplay", () => {
  it("direction: every pair as it is, as copies", () => {
    const out = applyDisplay(MEMBER_PAIRS, "direction");
    expect(out).toEqual({ pairs: MEMBER_PAIRS, hidden: 0 });
    out.pairs[0].score = 1;
    expect(MEMBER_PAIRS[0].score).toBe(2);
  });

  it("pairs: both directions get the mean of the two; a direction without its reverse is hidden", () => {
    expect(applyDisplay(MEMBER_PAIRS, "pairs")).toEqual({
      pairs: [
        { source: "a", target: "b", score: 3.25, n: 13, raters: 2 },
        { source: "b", target: "a", score: 3.25, n: 13, raters: 2 },
      ],
      hidden: 1,
    });
  });

  it("min2: a member-level pair has one rater, so nothing is shown", () => {
    expect(applyDisplay(MEMBER_PAIRS, "min2")).toEqual({ pairs: [], hidden: 3 });
  });

  it("role level: min2 keeps cells with two raters; pairs keeps a role's self-loop", () => {
    const roles: ScoredPair[] = [
      { source: "X", target: "Y", score: 3, n: 14, raters: 2 },
      { source: "Y", target: "X", score: 5, n: 7, raters: 1 },
      { source: "X", target: "X", score: 4, n: 14, raters: 2 },
      { source: "Y", target: "Z", score: 1, n: 7 },
    ];
    expect(applyDisplay(roles, "min2")).toEqual({ pairs: [roles[0], roles[2]], hidden: 2 });
    expect(applyDisplay(roles, "pairs")).toEqual({
      pairs: [
        { source: "X", target: "Y", score: 4, n: 21, raters: 3 },
        { source: "Y", target: "X", score: 4, n: 21, raters: 3 },
        roles[2],
      ],
      hidden: 1,
    });
  });

  it("refuses an unknown mode, naming the function", () => {
    expect(() => applyDisplay(MEMBER_PAIRS, "all" as never)).toThrow(/applyDisplay: mode must be one of direction, pairs, min2/);
  });
});

describe("analyze with a display setting", () => {
  const nodes = [
    { id: "a", role: "SKLær", label: "a" },
    { id: "b", role: "PPT", label: "b" },
    { id: "c", role: "HEGE", label: "c" },
  ];
  // a→b 2 and b→a 5 differ by 3 (different experiences); a→c 4; c gave no answers.
  const pairScores = [
    { rater: "a", target: "b", score: 2 },
    { rater: "b", target: "a", score: 5 },
    { rater: "a", target: "c", score: 4 },
  ];

  it("direction: the ordinary result plus the display note", () => {
    const plain = analyze({ nodes, pairScores });
    const shown = analyze({ nodes, pairScores }, { display: "direction" });
    expect(shown).toEqual({ ...plain, display: { mode: "direction", hiddenCells: 0 } });
    expect(plain).not.toHaveProperty("display");
    expect(plain.asymmetries).toEqual([{ a: "a", b: "b", ab: 2, ba: 5, gap: 3 }]);
  });

  it("pairs: weak links, asymmetries, node figures and the summary come from the pair means only", () => {
    const r = analyze({ nodes, pairScores }, { display: "pairs" });
    // (2 + 5) / 2 = 3.5 on both directions: weak (≤ 3.5); a→c has no reverse and is left out.
    expect(r.edges.map((e) => [e.source, e.target, e.score, e.weak])).toEqual([["a", "b", 3.5, true], ["b", "a", 3.5, true]]);
    expect(r.weakLinks).toEqual([{ source: "a", target: "b", score: 3.5 }, { source: "b", target: "a", score: 3.5 }]);
    expect(r.asymmetries).toEqual([]);
    const a = r.nodes.find((n) => n.id === "a")!;
    expect([a.outMean, a.inMean, a.weakOut, a.weakIn]).toEqual([3.5, 3.5, 1, 1]);
    expect(r.nodes.find((n) => n.id === "c")!.inMean).toBeNull();
    expect(r.summary.meanScore).toBe(3.5);
    expect(r.summary.weakShare).toBe(1);
    // Who answered is not a rating: a and b responded, c did not.
    expect(r.summary.responseRate).toBeCloseTo(2 / 3, 12);
    expect(r.display).toEqual({ mode: "pairs", hiddenCells: 1 });
  });

  it("min2 at member level shows no cell; at role level a role with two raters shows", () => {
    const r = analyze({ nodes, pairScores }, { display: "min2" });
    expect(r.edges).toEqual([]);
    expect(r.summary.meanScore).toBeNull();
    expect(r.display).toEqual({ mode: "min2", hiddenCells: 3 });
    const twoTeachers = [...nodes, { id: "d", role: "SKLær", label: "d" }];
    const scores = [...pairScores, { rater: "d", target: "b", score: 3 }];
    const byRole = analyze({ nodes: twoTeachers, pairScores: scores }, { display: "min2", by: "role" });
    // SKLær→PPT: mean of a→b 2 and d→b 3 = 2.5 from two raters; PPT→SKLær and SKLær→HEGE have one rater each.
    expect(byRole.edges.map((e) => [e.source, e.target, e.score, e.raters])).toEqual([["SKLær", "PPT", 2.5, 2]]);
    expect(byRole.display).toEqual({ mode: "min2", hiddenCells: 2 });
  });

  it("refuses an unknown display option", () => {
    expect(() => analyze({ nodes, pairScores }, { display: "everything" as never })).toThrow(/analyze: option "display" must be one of/);
  });
});

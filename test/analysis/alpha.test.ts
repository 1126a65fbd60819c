// Cronbach's alpha against the textbook formula on a 4 × 3 table worked out by hand.
import { describe, expect, it } from "vitest";
import { analyze, cronbachAlpha } from "../../analysis/index.ts";

// Rows (pairs) × items:      totals
//   1 2 3                     6
//   2 3 3                     8
//   3 4 5                    12
//   4 4 5                    13
// Sample variances: item1 5/3, item2 2.75/3, item3 4/3 → Σ = 11.75/3; totals 32.75/3.
// α = k/(k−1) · (1 − Σσ²ᵢ/σ²ₜ) = 3/2 · (1 − 11.75/32.75) = 31.5/32.75 = 126/131 ≈ 0.96183.
const TABLE = [[1, 2, 3], [2, 3, 3], [3, 4, 5], [4, 4, 5]];

describe("cronbachAlpha", () => {
  it("matches the hand computation", () => {
    expect(cronbachAlpha(TABLE)).toBeCloseTo(126 / 131, 12);
  });
  it("is null with fewer than 2 rows, fewer than 2 items or no total variance", () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1], [2]])).toBeNull();
    expect(cronbachAlpha([[3, 3], [3, 3]])).toBeNull();
  });
  it("rejects ragged or non-numeric rows", () => {
    expect(() => cronbachAlpha([[1, 2], [1]])).toThrow(/cronbachAlpha/);
  });
});

describe("analyze alpha", () => {
  const items = ["x", "y", "z"];
  const nodes = ["a", "b", "c"].map((id) => ({ id, role: id, label: id }));
  const pairsOf = [["a", "b"], ["a", "c"], ["b", "a"], ["c", "a"]];
  const ratings = pairsOf.flatMap(([rater, target], i) => items.map((item, k) => ({ rater, target, item, value: TABLE[i][k] as number | null })));

  it("uses the pairs that answered every item", () => {
    // b→c answers only x and has an N/A: it is left out, α stays 126/131.
    const extra = [{ rater: "b", target: "c", item: "x", value: 5 }, { rater: "b", target: "c", item: "y", value: null }];
    expect(analyze({ nodes, ratings: [...ratings, ...extra], items }).summary.alpha).toBeCloseTo(126 / 131, 12);
  });
  it("is null for imported pair scores", () => {
    expect(analyze({ nodes, pairScores: [{ rater: "a", target: "b", score: 4 }] }).summary.alpha).toBeNull();
  });
});

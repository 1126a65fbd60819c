// contributionOf: a round's analysis as release input — member pairs folded into role pairs, pairs within a role left out.
import { describe, expect, it } from "vitest";
import { contributionOf } from "../../../analysis/aggregate/index.ts";
import { analyze } from "../../../analysis/index.ts";

const labels = { caseKey: "c1", period: "Høst 2025", district: "Heimdal", unit: "Skole A", closedAt: "2025-12-01T00:00:00Z" };

describe("contributionOf", () => {
  it("folds two teachers' scores of the PPT into one SKLær→PPT score (their mean) and leaves teacher→teacher out", () => {
    const nodes = [{ id: "t1", role: "SKLær", label: "t1" }, { id: "t2", role: "SKLær", label: "t2" }, { id: "p", role: "PPT", label: "p" }];
    const result = analyze({ nodes, pairScores: [
      { rater: "t1", target: "p", score: 2 }, { rater: "t2", target: "p", score: 4 },
      { rater: "t1", target: "t2", score: 5 }, { rater: "p", target: "t1", score: 3.5 },
    ] }, { by: "member" });
    const c = contributionOf(labels, result)!;
    expect(c).toMatchObject(labels);
    expect(c.scores.sort((a, b) => a.rater.localeCompare(b.rater))).toEqual([
      { rater: "PPT", target: "SKLær", score: 3.5 },
      { rater: "SKLær", target: "PPT", score: 3 },
    ]);
  });

  it("is null for a round without a scored pair of distinct roles", () => {
    const result = analyze({ nodes: [{ id: "t1", role: "SKLær", label: "t1" }, { id: "t2", role: "SKLær", label: "t2" }], pairScores: [{ rater: "t1", target: "t2", score: 4 }] }, { by: "member" });
    expect(contributionOf(labels, result)).toBeNull();
  });
});

// roundChange on generated two-round data, checked against deltas computed here.
import { describe, expect, it } from "vitest";
import { roundChange } from "../../../analysis/aggregate/index.ts";
import { generateCases } from "./generate.ts";

describe("roundChange", () => {
  const cases = generateCases(150, 11, ["Høst 2024", "Vår 2025"]);

  it("mean and median delta over cases with the pair in both rounds", () => {
    const agg = roundChange(cases, { from: "Høst 2024", to: "Vår 2025" });
    const before = new Map(cases.filter((c) => c.round === "Høst 2024").map((c) => [c.caseId, c]));
    let checked = 0;
    for (const cell of agg.total.cells) {
      const k = `${cell.rater}→${cell.target}`;
      const deltas = cases.filter((c) => c.round === "Vår 2025" && before.get(c.caseId)?.scores.has(k) && c.scores.has(k))
        .map((c) => c.scores.get(k)! - before.get(c.caseId)!.scores.get(k)!);
      if (deltas.length > 0 && deltas.length < 5) expect(cell.suppressed).toBe(true);
      if (cell.suppressed) continue;
      expect(cell.n).toBe(deltas.length);
      if (deltas.length === 0) continue;
      const sorted = [...deltas].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      expect(cell.meanDelta).toBeCloseTo(deltas.reduce((a, b) => a + b, 0) / deltas.length, 12);
      expect(cell.medianDelta).toBeCloseTo(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("rejects bad options naming roundChange and the option", () => {
    expect(() => roundChange(cases, { from: "A", to: "A" })).toThrow(/^roundChange: option "to"/);
    expect(() => roundChange(cases, { from: "", to: "B" })).toThrow(/^roundChange: option "from"/);
    expect(() => roundChange(cases, { from: "A", to: "B", groupBy: "round" as never })).toThrow(/^roundChange: option "groupBy"/);
    expect(() => roundChange(cases, undefined as never)).toThrow(/^roundChange: option "from"/);
  });
});

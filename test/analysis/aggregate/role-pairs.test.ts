// aggregateRolePairs on generated data, checked against values computed here from the raw scores.
import { describe, expect, it } from "vitest";
import { aggregateRolePairs } from "../../../analysis/aggregate/index.ts";
import type { AggregateCell } from "../../../analysis/aggregate/types.ts";
import { generateCases, type Generated } from "./generate.ts";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function expectCell(cell: AggregateCell, cases: Generated[], minCases: number) {
  const xs = cases.map((c) => c.scores.get(`${cell.rater}→${cell.target}`)).filter((x): x is number => x !== undefined);
  if (xs.length > 0 && xs.length < minCases) expect(cell).toMatchObject({ suppressed: true, reason: "min-n", n: null, mean: null });
  if (cell.suppressed) {
    expect([cell.n, cell.mean, cell.median, cell.weakShare]).toEqual([null, null, null, null]);
    return;
  }
  expect(cell.n).toBe(xs.length);
  if (xs.length === 0) return expect(cell.mean).toBeNull();
  expect(cell.mean).toBeCloseTo(mean(xs), 12);
  expect(cell.median).toBeCloseTo(median(xs), 12);
  expect(cell.weakShare).toBeCloseTo(xs.filter((x) => x <= 3.5).length / xs.length, 12);
}

describe("aggregateRolePairs", () => {
  const cases = generateCases(120, 7, ["Høst 2024", "Vår 2025"]);

  it("total: mean, median, n and weak share per role pair equal the independent computation", () => {
    const agg = aggregateRolePairs(cases);
    expect(agg.minCases).toBe(5);
    expect(agg.roles).toEqual(["BHG", "SR", "SKLær", "PPT", "HEGE", "ØBC", "FORÆ", "KOORD"]);
    expect(agg.total.cells).toHaveLength(8 * 7);
    expect(agg.total.cases).toBe(cases.length);
    for (const cell of agg.total.cells) expectCell(cell, cases, 5);
  });

  it.each(["district", "unit", "round"] as const)("by %s: every group cell equals the computation over that group", (by) => {
    const agg = aggregateRolePairs(cases, { groupBy: by, minCases: 3 });
    const [breakdown] = agg.breakdowns;
    expect(breakdown.by).toBe(by);
    expect(breakdown.groups.map((g) => g.group)).toEqual([...new Set(cases.map((c) => c[by]))].sort((a, b) => a.localeCompare(b, "nb")));
    for (const g of breakdown.groups) {
      const inGroup = cases.filter((c) => c[by] === g.group);
      expect(g.cases).toBe(inGroup.length);
      for (const cell of g.cells) expectCell(cell, inGroup, 3);
    }
  });

  it("uses a given role order and folds member-level results by role (mean over member pairs)", () => {
    const base = generateCases(6, 3, ["R1"], ["SR", "PPT", "HEGE"]);
    const member = structuredClone(base[0]);
    member.result.nodes.push({ ...member.result.nodes[0], id: "SR-2", label: "SR 2" });
    member.result.edges.push({ source: "SR-2", target: "PPT", score: 1, n: 7, weak: true, band: "weak" });
    const agg = aggregateRolePairs([member, ...base.slice(1)], { roles: ["PPT", "SR", "HEGE"], minCases: 1 });
    expect(agg.roles).toEqual(["PPT", "SR", "HEGE"]);
    expect(agg.total.cells.slice(0, 2).map((c) => [c.rater, c.target])).toEqual([["PPT", "SR"], ["PPT", "HEGE"]]);
    const sr = agg.total.cells.find((c) => c.rater === "SR" && c.target === "PPT")!;
    const first = member.scores.get("SR→PPT");
    const folded = first === undefined ? 1 : (first + 1) / 2;
    const xs = [folded, ...base.slice(1).map((c) => c.scores.get("SR→PPT")).filter((x): x is number => x !== undefined)];
    expect(sr.n).toBe(xs.length);
    expect(sr.mean).toBeCloseTo(mean(xs), 12);
  });

  it("rejects bad options and inputs, naming the function and the option", () => {
    const bad: [unknown, RegExp][] = [
      [{ minCases: 0 }, /^aggregateRolePairs: option "minCases"/],
      [{ minCases: 2.5 }, /^aggregateRolePairs: option "minCases"/],
      [{ groupBy: "county" }, /^aggregateRolePairs: option "groupBy"/],
      [{ minCase: 5 }, /^aggregateRolePairs: option "minCase"/],
      [{ roles: [] }, /^aggregateRolePairs: option "roles"/],
    ];
    for (const [options, message] of bad) expect(() => aggregateRolePairs(cases, options as never)).toThrow(message);
    expect(() => aggregateRolePairs([cases[0], cases[0]])).toThrow(/aggregateRolePairs: case "c0" appears twice/);
    expect(() => aggregateRolePairs([{ ...cases[0], district: 3 } as never])).toThrow(/aggregateRolePairs: cases\[0\]\.district/);
  });
});

// Min-n and complementary suppression: hand-built breakdowns and a property check that no published difference is small.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateRolePairs, roundChange } from "../../../analysis/aggregate/index.ts";
import type { AggregateCell, GroupBy, RolePairAggregate } from "../../../analysis/aggregate/types.ts";
import { resultOf } from "./generate.ts";

/** `n` cases per [district, unit]; every case scores SR→PPT (3 + i/10) and PPT→SR (4). */
function casesIn(groups: [string, string, number][]) {
  let i = 0;
  return groups.flatMap(([district, unit, n]) => Array.from({ length: n }, () => {
    i++;
    const scores = new Map([["SR→PPT", 3 + (i % 10) / 10], ["PPT→SR", 4]]);
    return { caseId: `c${i}`, district, unit, round: "R1", result: resultOf(["SR", "PPT"], scores) };
  }));
}

const cell = (agg: RolePairAggregate, by: GroupBy | null, group: string | null): AggregateCell => {
  const m = by === null ? agg.total : agg.breakdowns.find((b) => b.by === by)!.groups.find((g) => g.group === group)!;
  return m.cells.find((c) => c.rater === "SR" && c.target === "PPT")!;
};
const state = (c: AggregateCell) => (c.suppressed ? c.reason : c.n);

describe("suppression", () => {
  it("a lone small district drags the smallest other district with it (complementary cell)", () => {
    const agg = aggregateRolePairs(casesIn([["Heimdal", "u1", 6], ["Lerkendal", "u2", 7], ["Østbyen", "u3", 2]]), { groupBy: "district" });
    expect(state(cell(agg, null, null))).toBe(15);
    expect(["Heimdal", "Lerkendal", "Østbyen"].map((d) => state(cell(agg, "district", d)))).toEqual(["complementary", 7, "min-n"]);
    const hidden = cell(agg, "district", "Heimdal");
    expect([hidden.n, hidden.mean, hidden.median, hidden.weakShare]).toEqual([null, null, null, null]);
  });

  it("two small districts that together reach minCases need no further cell; below it they do", () => {
    const enough = aggregateRolePairs(casesIn([["A", "a", 10], ["B", "b", 3], ["C", "c", 3]]), { groupBy: "district" });
    expect(["A", "B", "C"].map((d) => state(cell(enough, "district", d)))).toEqual([10, "min-n", "min-n"]);
    const short = aggregateRolePairs(casesIn([["A", "a", 10], ["B", "b", 2], ["C", "c", 2], ["D", "d", 7]]), { groupBy: "district" });
    expect(["A", "B", "C", "D"].map((d) => state(cell(short, "district", d)))).toEqual([10, "min-n", "min-n", "complementary"]);
  });

  it("a district minus its only other published unit cannot reveal a suppressed unit (nested breakdowns)", () => {
    const agg = aggregateRolePairs(casesIn([["X", "x1", 6], ["X", "x2", 2], ["Y", "y1", 5], ["Y", "y2", 5]]), { groupBy: ["district", "unit"] });
    expect(["x1", "x2", "y1", "y2"].map((u) => state(cell(agg, "unit", u)))).toEqual(["complementary", "min-n", "complementary", 5]);
    expect([state(cell(agg, "district", "X")), state(cell(agg, "district", "Y"))]).toEqual([8, 10]);
  });

  it("a total below minCases suppresses everything; minCases is configurable", () => {
    const cases = casesIn([["A", "a", 2], ["B", "b", 2]]);
    expect(state(cell(aggregateRolePairs(cases, { groupBy: "district" }), null, null))).toBe("min-n");
    const open = aggregateRolePairs(cases, { groupBy: "district", minCases: 2 });
    expect([state(cell(open, null, null)), state(cell(open, "district", "A"))]).toEqual([4, 2]);
  });

  it("round change is suppressed the same way", () => {
    const r1 = casesIn([["A", "a", 6], ["B", "b", 2]]);
    const r2 = r1.map((c) => ({ ...c, round: "R2" }));
    const agg = roundChange([...r1, ...r2], { from: "R1", to: "R2", groupBy: "district" });
    const pair = (m: { cells: { rater: string; target: string; suppressed: boolean; reason: string | null }[] }) =>
      m.cells.find((c) => c.rater === "SR" && c.target === "PPT")!;
    expect(pair(agg.total)).toMatchObject({ n: 8, meanDelta: 0, suppressed: false });
    expect(agg.breakdowns[0].groups.map((g) => pair(g).reason)).toEqual(["complementary", "min-n"]);
  });

  it("property: no published cell is small, and no published cell minus published cells inside it leaves 1…minCases−1 cases", () => {
    const layout = fc.array(fc.tuple(fc.constantFrom("X", "Y", "Z"), fc.constantFrom("1", "2", "3"), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 9 });
    fc.assert(fc.property(layout, fc.integer({ min: 2, max: 6 }), (groups, minCases) => {
      const cases = casesIn(groups.map(([d, u, n]) => [d, `${d}${u}`, n]));
      const agg = aggregateRolePairs(cases, { groupBy: ["district", "unit"], minCases });
      const members = (by: GroupBy | null, g: string | null) => cases.filter((c) => by === null || c[by] === g).map((c) => c.caseId);
      const published: { by: GroupBy | null; ids: string[] }[] = [];
      const all = [{ by: null as GroupBy | null, group: null as string | null }, ...agg.breakdowns.flatMap((b) => b.groups.map((g) => ({ by: b.by as GroupBy | null, group: g.group })))];
      for (const { by, group } of all) {
        const c = cell(agg, by, group);
        const ids = members(by, group);
        if (!c.suppressed && ids.length > 0) {
          expect(ids.length).toBeGreaterThanOrEqual(minCases);
          published.push({ by, ids });
        }
      }
      for (const a of published) for (const by of ["district", "unit"] as const) {
        if (a.by === by) continue;
        const inside = published.filter((b) => b.by === by && b.ids.every((id) => a.ids.includes(id)));
        const residual = a.ids.length - inside.reduce((s, b) => s + b.ids.length, 0);
        expect(residual === 0 || residual >= minCases).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

// "Difference" suppression against reference (less filtered) case sets: hand-built cases, option errors and a property check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateRolePairs, protectCells, roundChange } from "../../../analysis/aggregate/index.ts";
import type { CaseResult, GroupBy, RolePairAggregate } from "../../../analysis/aggregate/types.ts";
import { resultOf } from "./generate.ts";

type Layout = [district: string, unit: string, round: string, n: number][];

/** `n` cases per [district, unit, round]; SR→PPT always scored, PPT→SR only in every other case. */
function casesIn(groups: Layout): CaseResult[] {
  let i = 0;
  return groups.flatMap(([district, unit, round, n]) => Array.from({ length: n }, () => {
    i++;
    const scores = new Map([["SR→PPT", 1 + (i % 40) / 10], ...(i % 2 ? [] : [["PPT→SR", 4] as [string, number]])]);
    return { caseId: `c${i}`, district, unit, round, result: resultOf(["SR", "PPT"], scores) };
  }));
}

type Where = { by: GroupBy | null; group: string | null };
const matrix = (agg: RolePairAggregate, w: Where) =>
  w.by === null ? agg.total : agg.breakdowns.find((b) => b.by === w.by)?.groups.find((g) => g.group === w.group);
const srPpt = (agg: RolePairAggregate, w: Where = { by: null, group: null }) => matrix(agg, w)!.cells.find((c) => c.rater === "SR")!;
const state = (agg: RolePairAggregate, w?: Where) => (srPpt(agg, w).suppressed ? srPpt(agg, w).reason : srPpt(agg, w).n);
const district = (group: string): Where => ({ by: "district", group });

describe("difference suppression (filtered vs. less filtered)", () => {
  it("hides a filtered total that the unfiltered total exceeds by 1 … minCases−1 cases, counts and means alike", () => {
    const all = casesIn([["A", "a", "R1", 5], ["B", "b", "R1", 2]]);
    const onlyA = all.filter((c) => c.district === "A");
    expect(state(aggregateRolePairs(onlyA))).toBe(5);
    const agg = aggregateRolePairs(onlyA, { references: [all] });
    expect(srPpt(agg)).toMatchObject({ n: null, mean: null, median: null, weakShare: null, suppressed: true, reason: "difference" });
    expect(agg.total.cases).toBeNull();
    const enough = casesIn([["A", "a", "R1", 5], ["B", "b", "R1", 5]]);
    expect(state(aggregateRolePairs(enough.filter((c) => c.district === "A"), { references: [enough] }))).toBe(5);
  });

  it("a group hidden by difference cannot be recovered from the filtered total: the complementary rule runs on top", () => {
    const all = casesIn([["A", "a", "R1", 6], ["A", "a", "R2", 2], ["B", "b", "R1", 6], ["B", "b", "R2", 6]]);
    const agg = aggregateRolePairs(all.filter((c) => c.round === "R1"), { groupBy: "district", references: [all] });
    expect([state(agg), state(agg, district("A")), state(agg, district("B"))]).toEqual([12, "difference", "complementary"]);
    expect(agg.breakdowns[0].groups.map((g) => g.cases)).toEqual([null, null]);
  });

  it("a hidden total is not published as the sum of the groups inside it", () => {
    const all = casesIn([["A", "a", "R1", 6], ["B", "b", "R1", 2]]);
    const agg = aggregateRolePairs(all.filter((c) => c.district === "A"), { groupBy: "district", references: [all] });
    expect([state(agg), state(agg, district("A"))]).toEqual(["difference", "complementary"]);
  });

  it("round change: the same rule over the cases measured in both rounds", () => {
    const r1 = casesIn([["A", "a", "R1", 6], ["B", "b", "R1", 3]]);
    const all = [...r1, ...r1.map((c) => ({ ...c, round: "R2" }))];
    const onlyA = all.filter((c) => c.district === "A");
    const pair = (a: ReturnType<typeof roundChange>) => a.total.cells.find((c) => c.rater === "SR")!;
    expect(pair(roundChange(onlyA, { from: "R1", to: "R2" }))).toMatchObject({ n: 6, suppressed: false });
    expect(pair(roundChange(onlyA, { from: "R1", to: "R2", references: [all] }))).toMatchObject({ n: null, meanDelta: null, reason: "difference" });
  });

  it("option errors name the function and the option", () => {
    const all = casesIn([["A", "a", "R1", 5]]);
    expect(() => aggregateRolePairs(all, { references: "x" as never })).toThrow(/^aggregateRolePairs: option "references"/);
    expect(() => aggregateRolePairs(all, { references: [[{ ...all[0], district: 3 }]] as never })).toThrow(/^aggregateRolePairs: option "references": \[0\]\[0\]\.district/);
    expect(() => roundChange(all, { from: "R1", to: "R2", references: [[all[0], all[0]]] })).toThrow(/^roundChange: option "references": \[0\]: case "c1" appears twice/);
    expect(() => protectCells([], 0)).toThrow(/^protectCells: option "minCases"/);
    expect(() => protectCells([], 5, { references: [3 as never] })).toThrow(/^protectCells: option "references"/);
  });
});

/** What the server passes: every request that drops one or both of the district and period filters. */
function referencesOf(all: CaseResult[], districts: string[] | null, rounds: string[] | null): CaseResult[][] {
  const keep = (on: boolean[], list: string[] | null) => (list ? on : [false]);
  return keep([false, true], districts).flatMap((kd) => keep([false, true], rounds).flatMap((kr) =>
    kd === !!districts && kr === !!rounds ? [] : [all.filter((c) => (!kd || districts!.includes(c.district)) && (!kr || rounds!.includes(c.round)))]));
}

/** Case ids behind a cell, counted independently of the aggregate code. */
const idsOf = (list: CaseResult[], rater: string, w: Where) =>
  list.filter((c) => c.result.edges.some((e) => e.source === rater && e.target !== rater) && (w.by === null || c[w.by] === w.group)).map((c) => `${c.caseId}@${c.round}`);

describe("property", () => {
  it("for random filters: published filtered cells differ from each less filtered answer by 0 or ≥ minCases, and each response stays safe on its own", () => {
    const layout = fc.array(fc.tuple(fc.constantFrom("X", "Y", "Z"), fc.constantFrom("1", "2"), fc.constantFrom("P1", "P2", "P3"), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 10 });
    const filter = (xs: string[]) => fc.option(fc.subarray(xs, { minLength: 1 }), { nil: null });
    const groupBys = fc.subarray(["district", "unit", "round"] as GroupBy[]);
    fc.assert(fc.property(layout, filter(["X", "Y", "Z"]), filter(["P1", "P2", "P3"]), groupBys, fc.integer({ min: 2, max: 6 }), (groups, ds, ps, groupBy, minCases) => {
      const all = casesIn(groups.map(([d, u, r, n]) => [d, `${d}${u}`, r, n]));
      const filtered = all.filter((c) => (!ds || ds.includes(c.district)) && (!ps || ps.includes(c.round)));
      const references = referencesOf(all, ds, ps);
      const opts = { groupBy, minCases, roles: ["SR", "PPT"] };
      const agg = aggregateRolePairs(filtered, { ...opts, references });
      const wheres: Where[] = [{ by: null, group: null }, ...agg.breakdowns.flatMap((b) => b.groups.map((g) => ({ by: b.by, group: g.group })))];
      const small = (k: number) => k > 0 && k < minCases;
      for (const ref of references) {
        const other = aggregateRolePairs(ref, opts);
        for (const w of wheres) for (const rater of ["SR", "PPT"]) {
          const mine = matrix(agg, w)!.cells.find((c) => c.rater === rater)!;
          const theirs = matrix(other, w)?.cells.find((c) => c.rater === rater);
          if (!mine.suppressed && theirs && !theirs.suppressed) expect(small((theirs.n ?? 0) - (mine.n ?? 0))).toBe(false);
          const [mc, tc] = [matrix(agg, w)!.cases, matrix(other, w)?.cases];
          if (mc !== null && tc !== null && tc !== undefined) expect(small(tc - mc)).toBe(false);
        }
      }
      for (const rater of ["SR", "PPT"]) {
        const cells = wheres.map((w) => ({ ...w, ids: idsOf(filtered, rater, w), hidden: matrix(agg, w)!.cells.find((c) => c.rater === rater)!.suppressed }));
        for (const a of cells.filter((c) => c.ids.length > 0)) for (const by of groupBy) {
          if (a.by === by) continue;
          const inside = cells.filter((b) => b.by === by && b.ids.length > 0 && b.ids.every((id) => a.ids.includes(id)));
          const shown = inside.filter((b) => !b.hidden);
          const residual = a.ids.length - shown.reduce((s, b) => s + b.ids.length, 0);
          if (!a.hidden) {
            expect(small(residual)).toBe(false);
            for (const ref of references) { // the same subtraction done in a less filtered answer
              const refResidual = idsOf(ref, rater, a).length - shown.reduce((s, b) => s + idsOf(ref, rater, b).length, 0);
              expect(small(refResidual - residual)).toBe(false);
            }
          } else if (shown.length > 0) expect(shown.length === inside.length && residual === 0).toBe(false);
        }
      }
    }), { numRuns: 300 });
  });
});

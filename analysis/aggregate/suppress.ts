// Min-n suppression with complementary suppression across a total and its breakdowns (one role pair at a time).
import type { GroupBy, SuppressionReason } from "./types.ts";

/** One case result's contribution to a cell, with the groups it belongs to. */
export interface Observation {
  groups: Record<GroupBy, string>;
}

/** A published table cell of one role pair: the total (by null) or one group of a breakdown. */
export interface ProtectedCell<O extends Observation> {
  by: GroupBy | null;
  group: string | null;
  obs: O[];
  suppressed: boolean;
  reason: SuppressionReason | null;
}

/** The number of case results of the same cell (breakdown and group) in a reference aggregate. */
export type ReferenceCount<O extends Observation> = (cell: ProtectedCell<O>) => number;

export interface ProtectOptions<O extends Observation> {
  /**
   * Reference aggregates: the same aggregate over a wider case set (the request without some of its
   * filters), one count function per reference (see `referenceCounts`).
   */
  references?: ReferenceCount<O>[];
}

const small = (k: number, minCases: number): boolean => k > 0 && k < minCases;

const byGroup = (a: ProtectedCell<Observation>, b: ProtectedCell<Observation>): number =>
  a.obs.length - b.obs.length || (a.group ?? "").localeCompare(b.group ?? "", "nb");

function isWithin(child: ProtectedCell<Observation>, parent: ProtectedCell<Observation>): boolean {
  if (parent.by === null) return true;
  if (child.obs.length > parent.obs.length) return false;
  return child.obs.every((o) => o.groups[parent.by as GroupBy] === parent.group);
}

function check<O extends Observation>(cells: unknown, minCases: unknown, options: ProtectOptions<O> | undefined): void {
  if (!Array.isArray(cells)) throw new Error("protectCells: cells must be an array");
  if (typeof minCases !== "number" || !Number.isInteger(minCases) || minCases < 1) {
    throw new Error(`protectCells: option "minCases": must be an integer ≥ 1 (got ${String(minCases)})`);
  }
  const refs = options?.references;
  if (refs !== undefined && (!Array.isArray(refs) || refs.some((r) => typeof r !== "function"))) {
    throw new Error('protectCells: option "references": must be an array of functions (cell) => number');
  }
}

/**
 * Suppresses the cells of one role pair in place.
 *
 * 1. Primary: a cell built from 1 … minCases−1 case results is suppressed ("min-n"). Empty cells (0)
 *    hide nothing and stay as they are. Then a non-empty cell whose count in any reference differs from
 *    its own by 1 … minCases−1 is suppressed ("difference"): reference minus this answer would reveal
 *    the few cases in between.
 * 2. Complementary, repeated until nothing changes ("complementary"; the victim is the smallest
 *    published cell, fewest cases then group name):
 *    a. For every published cell A (the total or a group) and every other breakdown B, the residual
 *       "A minus the published B-cells inside A" can be computed by subtraction. It must hold 0 or at
 *       least minCases case results, and (per reference) its count must differ from the reference's
 *       residual by 0 or at least minCases. For the total against a district breakdown: the suppressed
 *       districts together hold 0 or ≥ minCases cases — one suppressed district drags a second one.
 *    b. A suppressed cell must not equal the sum of the published cells of another breakdown inside it
 *       (e.g. a hidden total with one published district).
 *
 * Covers differences between one table and one other table (total vs. breakdown, district vs. unit
 * nested in it) and between each cell and its reference cells; combinations of three or more published
 * tables are not audited. Throws `protectCells: option "…": …` for a bad minCases or references.
 */
export function protectCells<O extends Observation>(cells: ProtectedCell<O>[], minCases: number, options?: ProtectOptions<O>): void {
  check(cells, minCases, options);
  const refs = options?.references ?? [];
  for (const c of cells) {
    if (small(c.obs.length, minCases)) Object.assign(c, { suppressed: true, reason: "min-n" });
    else if (c.obs.length > 0 && refs.some((r) => small(r(c) - c.obs.length, minCases))) Object.assign(c, { suppressed: true, reason: "difference" });
  }
  const breakdowns = [...new Set(cells.map((c) => c.by).filter((b): b is GroupBy => b !== null))];
  const sum = (list: ProtectedCell<O>[], count: (c: ProtectedCell<O>) => number) => list.reduce((s, c) => s + count(c), 0);
  const leaks = (parent: ProtectedCell<O>, inside: ProtectedCell<O>[], published: ProtectedCell<O>[]): boolean => {
    if (published.length === 0) return false;
    const residual = parent.obs.length - sum(published, (c) => c.obs.length);
    if (parent.suppressed) return published.length === inside.length && residual === 0;
    return small(residual, minCases) || refs.some((r) => small(r(parent) - sum(published, r) - residual, minCases));
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const parent of cells) {
      if (parent.obs.length === 0) continue;
      for (const by of breakdowns) {
        if (by === parent.by) continue;
        const inside = cells.filter((c) => c.by === by && c.obs.length > 0 && isWithin(c, parent));
        const published = inside.filter((c) => !c.suppressed).sort(byGroup);
        if (!leaks(parent, inside, published)) continue;
        Object.assign(published[0], { suppressed: true, reason: "complementary" });
        changed = true;
      }
    }
  }
}

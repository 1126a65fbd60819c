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

const byGroup = (a: ProtectedCell<Observation>, b: ProtectedCell<Observation>): number =>
  a.obs.length - b.obs.length || (a.group ?? "").localeCompare(b.group ?? "", "nb");

function isWithin(child: ProtectedCell<Observation>, parent: ProtectedCell<Observation>): boolean {
  if (parent.by === null) return true;
  if (child.obs.length > parent.obs.length) return false;
  return child.obs.every((o) => o.groups[parent.by as GroupBy] === parent.group);
}

/**
 * Suppresses the cells of one role pair in place.
 *
 * 1. Primary: a cell built from 1 … minCases−1 case results is suppressed ("min-n"). Empty cells (0)
 *    hide nothing and stay as they are.
 * 2. Complementary: for every published cell A (the total or a group) and every other breakdown B, the
 *    residual "A minus the published B-cells that lie inside A" can be computed by subtraction. If it
 *    holds 1 … minCases−1 case results, the smallest published B-cell inside A (fewest cases, then group
 *    name) is suppressed too ("complementary"), and the check repeats until nothing changes. For the
 *    total against a district breakdown this is: the suppressed districts together must hold 0 or at
 *    least minCases cases — one suppressed district always drags a second one with it.
 *
 * Covers differences between one table and one other table (total vs. breakdown, district vs. unit
 * nested in it); combinations of three or more published tables are not audited.
 */
export function protectCells<O extends Observation>(cells: ProtectedCell<O>[], minCases: number): void {
  for (const c of cells) {
    if (c.obs.length > 0 && c.obs.length < minCases) Object.assign(c, { suppressed: true, reason: "min-n" });
  }
  const breakdowns = [...new Set(cells.map((c) => c.by).filter((b): b is GroupBy => b !== null))];
  let changed = true;
  while (changed) {
    changed = false;
    for (const parent of cells) {
      if (parent.suppressed || parent.obs.length === 0) continue;
      for (const by of breakdowns) {
        if (by === parent.by) continue;
        const inside = cells.filter((c) => c.by === by && c.obs.length > 0 && isWithin(c, parent));
        const published = inside.filter((c) => !c.suppressed).sort(byGroup);
        const residual = parent.obs.length - published.reduce((s, c) => s + c.obs.length, 0);
        if (residual === 0 || residual >= minCases || published.length === 0) continue;
        Object.assign(published[0], { suppressed: true, reason: "complementary" });
        changed = true;
      }
    }
  }
}

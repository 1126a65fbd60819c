// Builds the total and breakdown matrices from per-pair observations, applying suppression per pair.
import { pairKey, rolePairs } from "./observations.ts";
import { protectCells, type Observation, type ProtectedCell } from "./suppress.ts";
import type { AggregateMatrix, Breakdown, GroupBy, SuppressionReason } from "./types.ts";

export interface MatrixInput<O extends Observation> {
  roles: string[];
  /** Observations per pair key (see `pairKey`). */
  pairs: Map<string, O[]>;
  groupBy: GroupBy[];
  /** Group names per breakdown and the number of case results per group ("" key = total). */
  caseCounts: Map<GroupBy | "", Map<string, number>>;
  minCases: number;
}

/** A cell's public fields, before the rater/target/suppression fields are added. */
export type CellValues<C> = Omit<C, "rater" | "target" | "suppressed" | "reason">;

/**
 * Calls `values` for published cells and `hidden` for suppressed or empty ones, so no number of a
 * suppressed cell can leak into the output.
 */
export function buildMatrices<O extends Observation, C extends { rater: string; target: string; suppressed: boolean; reason: SuppressionReason | null }>(
  input: MatrixInput<O>,
  values: (obs: O[]) => CellValues<C>,
  hidden: CellValues<C>,
): { total: AggregateMatrix<C>; breakdowns: Breakdown<C>[] } {
  const groupNames = (by: GroupBy) => [...(input.caseCounts.get(by)?.keys() ?? [])];
  const total: AggregateMatrix<C> = { group: null, cases: input.caseCounts.get("")?.get("") ?? 0, cells: [] };
  const breakdowns: Breakdown<C>[] = input.groupBy.map((by) => ({
    by,
    groups: groupNames(by).map((g) => ({ group: g, cases: input.caseCounts.get(by)?.get(g) ?? 0, cells: [] })),
  }));
  for (const [rater, target] of rolePairs(input.roles)) {
    const obs = input.pairs.get(pairKey(rater, target)) ?? [];
    const cells: ProtectedCell<O>[] = [{ by: null, group: null, obs, suppressed: false, reason: null }];
    for (const by of input.groupBy) {
      const buckets = new Map(groupNames(by).map((g) => [g, [] as O[]]));
      for (const o of obs) buckets.get(o.groups[by])?.push(o);
      for (const [g, list] of buckets) cells.push({ by, group: g, obs: list, suppressed: false, reason: null });
    }
    protectCells(cells, input.minCases);
    const toCell = (c: ProtectedCell<O>): C => ({
      rater, target, ...(c.suppressed ? hidden : values(c.obs)), suppressed: c.suppressed, reason: c.reason,
    }) as C;
    total.cells.push(toCell(cells[0]));
    let i = 1;
    for (const b of breakdowns) for (const g of b.groups) g.cells.push(toCell(cells[i++]));
  }
  return { total, breakdowns };
}

/** Number of case results per group for each breakdown, and in total; groups sorted (nb). */
export function countCases<T extends Record<GroupBy, string>>(items: T[], groupBy: GroupBy[]): MatrixInput<Observation>["caseCounts"] {
  const counts: MatrixInput<Observation>["caseCounts"] = new Map([["", new Map([["", items.length]])]]);
  for (const by of groupBy) {
    const m = new Map<string, number>();
    for (const it of items) m.set(it[by], (m.get(it[by]) ?? 0) + 1);
    counts.set(by, new Map([...m].sort(([a], [b]) => a.localeCompare(b, "nb"))));
  }
  return counts;
}

// Builds the total and breakdown matrices from per-pair observations, applying suppression per pair.
import { pairKey, rolePairs } from "./observations.ts";
import { referenceCounts } from "./reference.ts";
import { protectCells, type Observation, type ProtectedCell } from "./suppress.ts";
import type { AggregateMatrix, Breakdown, GroupBy, SuppressionReason } from "./types.ts";

/** Observations of an aggregate: per pair key (see `pairKey`), and one per case result in it. */
export interface ObservationSet<O extends Observation = Observation> {
  pairs: Map<string, O[]>;
  /** One observation per case result (the matrices' `cases` counts and group names). */
  caseObs: Observation[];
}

export interface MatrixInput<O extends Observation> extends ObservationSet<O> {
  roles: string[];
  groupBy: GroupBy[];
  minCases: number;
  /** The same aggregate over wider case sets (filters dropped): cells that differ from one by a few cases are hidden. */
  references: ObservationSet[];
}

/** A cell's public fields, before the rater/target/suppression fields are added. */
export type CellValues<C> = Omit<C, "rater" | "target" | "suppressed" | "reason">;

/** Group names of a breakdown, sorted (nb). */
const groupNames = (obs: Observation[], by: GroupBy): string[] =>
  [...new Set(obs.map((o) => o.groups[by]))].sort((a, b) => a.localeCompare(b, "nb"));

/** The total cell and one cell per group of each breakdown, suppressed by `protectCells`. */
function protect<O extends Observation>(input: MatrixInput<O>, names: Map<GroupBy, string[]>, obs: O[], references: Observation[][]): ProtectedCell<O>[] {
  const cells: ProtectedCell<O>[] = [{ by: null, group: null, obs, suppressed: false, reason: null }];
  for (const by of input.groupBy) {
    const buckets = new Map((names.get(by) ?? []).map((g) => [g, [] as O[]]));
    for (const o of obs) buckets.get(o.groups[by])?.push(o);
    for (const [g, list] of buckets) cells.push({ by, group: g, obs: list, suppressed: false, reason: null });
  }
  protectCells(cells, input.minCases, { references: references.map((r) => referenceCounts(r, input.groupBy)) });
  return cells;
}

/**
 * Calls `values` for published cells and `hidden` for suppressed or empty ones, so no number of a
 * suppressed cell can leak into the output. The matrices' `cases` counts are protected the same way
 * (null when suppressed), as if they were one more role pair.
 */
export function buildMatrices<O extends Observation, C extends { rater: string; target: string; suppressed: boolean; reason: SuppressionReason | null }>(
  input: MatrixInput<O>,
  values: (obs: O[]) => CellValues<C>,
  hidden: CellValues<C>,
): { total: AggregateMatrix<C>; breakdowns: Breakdown<C>[] } {
  const names = new Map(input.groupBy.map((by) => [by, groupNames(input.caseObs, by)]));
  const counts = protect(input, names, input.caseObs, input.references.map((r) => r.caseObs));
  const casesOf = (c: ProtectedCell<Observation>) => (c.suppressed ? null : c.obs.length);
  const total: AggregateMatrix<C> = { group: null, cases: casesOf(counts[0]), cells: [] };
  let k = 1;
  const breakdowns: Breakdown<C>[] = input.groupBy.map((by) => ({
    by,
    groups: (names.get(by) ?? []).map((g) => ({ group: g, cases: casesOf(counts[k++]), cells: [] })),
  }));
  for (const [rater, target] of rolePairs(input.roles)) {
    const key = pairKey(rater, target);
    const refs = input.references.map((r) => r.pairs.get(key) ?? []);
    const cells = protect(input, names, input.pairs.get(key) ?? [], refs);
    const toCell = (c: ProtectedCell<O>): C => ({
      rater, target, ...(c.suppressed ? hidden : values(c.obs)), suppressed: c.suppressed, reason: c.reason,
    }) as C;
    total.cells.push(toCell(cells[0]));
    let i = 1;
    for (const b of breakdowns) for (const g of b.groups) g.cells.push(toCell(cells[i++]));
  }
  return { total, breakdowns };
}

/** One observation per case result (its groups). */
export function caseObservations(items: Record<GroupBy, string>[]): Observation[] {
  return items.map((c) => ({ groups: { district: c.district, unit: c.unit, round: c.round } }));
}

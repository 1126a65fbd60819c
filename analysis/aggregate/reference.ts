// Reference aggregates: counts of the same cells over a wider case set (the request without some of its filters).
import type { Observation, ReferenceCount } from "./suppress.ts";
import type { GroupBy } from "./types.ts";

/**
 * A `ReferenceCount` for `protectCells`: `reference` holds the observations of the same role pair in the
 * same aggregate over a wider case set — the same request without some of its narrowing filters
 * (district, period, instrument), over the same user scope. Returns the number of reference observations
 * in the cell of the same breakdown and group (the total for `by` null), so that a filtered cell is
 * published only when "reference cell − filtered cell" holds 0 or ≥ minCases case results.
 */
export function referenceCounts(reference: Observation[], groupBy: GroupBy[]): ReferenceCount<Observation> {
  const counts = new Map<string, number>();
  for (const o of reference) {
    for (const by of groupBy) {
      const key = `${by}\u0000${o.groups[by]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (cell) => (cell.by === null ? reference.length : (counts.get(`${cell.by}\u0000${cell.group ?? ""}`) ?? 0));
}

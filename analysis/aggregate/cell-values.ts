// Values of a published cell: n, mean, median and weak share of a period cell; n, mean and median change of a change cell.
import { isWeak } from "../bands.ts";
import { exactSum } from "../sum.ts";
import type { CellSet, Contribution } from "./cells.ts";
import type { ChangeValues, PairValues } from "./release-types.ts";

/** Median of values sorted ascending (mean of the two middle ones for an even count). */
const middle = (s: Float64Array): number => (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);

let buffer = new Float64Array(1024);

/** A view of the first n numbers of a buffer shared by every cell (values are read before the next cell). */
function scratch(n: number): Float64Array {
  if (buffer.length < n) buffer = new Float64Array(Math.max(n, 2 * buffer.length));
  return buffer.subarray(0, n);
}

/** Per pair id, every contribution's score (NaN where the pair is not scored), indexed by contribution. */
export function scoreTables(contributions: Contribution[], pairs: number): Float64Array[] {
  const tables = Array.from({ length: pairs }, () => new Float64Array(contributions.length).fill(NaN));
  contributions.forEach((c, i) => {
    for (let k = 0; k < c.pairs.length; k++) tables[c.pairs[k]][i] = c.values[k];
  });
  return tables;
}

/**
 * For the scores x_1…x_n of the cell's cases with the pair scored (`set` of the pair's series): n,
 * mean = Σx_i / n (compensated sum), median, and weakShare = #{i : x_i ≤ threshold} / n. Called only
 * for n ≥ 1.
 */
export function pairValues(scores: Float64Array, set: CellSet, threshold: number): PairValues {
  const xs = scratch(set.members.length);
  for (let k = 0; k < xs.length; k++) xs[k] = scores[set.members[k]];
  xs.sort();
  let weak = 0;
  for (const x of xs) if (isWeak(x, threshold)) weak++;
  return { n: xs.length, mean: exactSum(xs) / xs.length, median: middle(xs), weakShare: weak / xs.length };
}

/**
 * For the cases with the pair scored in both periods, d_i = x_i(later) − x_i(earlier): n, meanDelta =
 * Σd_i / n and medianDelta. `set` holds each case's earlier contribution (sign −1) then its later one
 * (+1); called only for n ≥ 1.
 */
export function changeValues(scores: Float64Array, set: CellSet): ChangeValues {
  const ds = scratch(set.count);
  for (let k = 0; k < set.count; k++) ds[k] = scores[set.members[2 * k + 1]] - scores[set.members[2 * k]];
  ds.sort();
  return { n: ds.length, meanDelta: exactSum(ds) / ds.length, medianDelta: middle(ds) };
}

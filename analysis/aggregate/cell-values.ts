// Values of a published cell: n, mean, median and weak share of a period cell; n, mean and median change of a change cell.
import { isWeak } from "../bands.ts";
import { exactMean } from "../sum.ts";
import type { Contribution } from "./cells.ts";
import type { ChangeValues, PairValues } from "./release-types.ts";
import { median } from "./stats.ts";

/**
 * For the scores x_1…x_n of the cell's cases with the pair scored: n, mean = Σx_i / n (compensated
 * sum), median, and weakShare = #{i : x_i ≤ threshold} / n. Called only for n ≥ 1.
 */
export function pairValues(contributions: Contribution[], members: ArrayLike<number>, pair: string, threshold: number): PairValues {
  const xs = Array.from(members, (i) => contributions[i].scores.get(pair) as number);
  return {
    n: xs.length,
    mean: exactMean(xs) as number,
    median: median(xs) as number,
    weakShare: xs.filter((x) => isWeak(x, threshold)).length / xs.length,
  };
}

/**
 * For the cases with the pair scored in both periods, d_i = x_i(later) − x_i(earlier): n, meanDelta =
 * Σd_i / n and medianDelta. `pairs` holds [earlier, later] contribution indices; called only for n ≥ 1.
 */
export function changeValues(contributions: Contribution[], pairs: [number, number][], pair: string): ChangeValues {
  const ds = pairs.map(([j, i]) => (contributions[i].scores.get(pair) as number) - (contributions[j].scores.get(pair) as number));
  return { n: ds.length, meanDelta: exactMean(ds) as number, medianDelta: median(ds) as number };
}

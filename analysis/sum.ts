// Order-independent floating-point summation, so a mean does not depend on edge insertion order.

/**
 * Sum with Neumaier's compensated summation (Neumaier 1974, an improved Kahan sum): the result
 * is the correctly rounded sum in all but pathological cases, whatever the order of `values`.
 */
export function exactSum(values: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** Mean with exactSum; null for no values. */
export function exactMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : exactSum(values) / values.length;
}

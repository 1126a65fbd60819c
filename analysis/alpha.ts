// Cronbach's alpha: internal consistency of the instrument's items over fully answered pairs.
import type { MemberPair } from "./pair-scores.ts";

/** Sample variance (n − 1 in the denominator) of `value(row)` over the rows. */
function variance<T>(rows: readonly T[], value: (row: T) => number): number {
  let mean = 0;
  for (const row of rows) mean += value(row);
  mean /= rows.length;
  let ss = 0;
  for (const row of rows) ss += (value(row) - mean) ** 2;
  return ss / (rows.length - 1);
}

/**
 * Cronbach's alpha (Cronbach 1951): α = k / (k − 1) · (1 − Σ σ²(item_i) / σ²(total)),
 * with k items and sample variances over the rows (here: rater–target pairs).
 *
 * @param table - rows of k item values, all answered (no NaN/null).
 * @returns α, or null with fewer than 2 rows, fewer than 2 items, or zero total variance.
 */
export function cronbachAlpha(table: readonly (readonly number[])[]): number | null {
  if (!Array.isArray(table as unknown)) throw new Error("cronbachAlpha: the table must be an array of rows.");
  const rows = table.length;
  if (rows < 2) return null;
  const k = table[0].length;
  for (const row of table) {
    if (row.length !== k || row.some((v) => typeof v !== "number" || !Number.isFinite(v))) {
      throw new Error(`cronbachAlpha: every row must hold ${k} finite numbers.`);
    }
  }
  if (k < 2) return null;
  let itemVariances = 0;
  for (let i = 0; i < k; i++) itemVariances += variance(table, (row) => row[i]);
  const totals = table.map((row) => row.reduce((s, v) => s + v, 0));
  const totalVariance = variance(totals, (t) => t);
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/**
 * Alpha of the items at positions `dims` over all rater–target pairs that answered every one
 * of them (docs/design.md: "over all rater–target pairs with all items answered"). Null when the
 * input is not item-level.
 */
export function pairsAlpha(pairs: readonly MemberPair[], dims: readonly number[]): number | null {
  const table: number[][] = [];
  for (const pair of pairs) {
    if (!pair.values) continue;
    const row = dims.map((k) => pair.values![k]);
    if (row.every((v) => !Number.isNaN(v))) table.push(row);
  }
  return cronbachAlpha(table);
}

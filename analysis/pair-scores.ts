// Member-level pair scores: a→b = mean of a's answered items about b (N/A and missing are never 0).
import type { ItemRating, NodeInfo, PairScoreInput } from "./types.ts";

/** Ratings of one rater about one target; `values[k]` is item k of the instrument, NaN = missing/N/A. */
export interface MemberPair {
  rater: number;
  target: number;
  values: Float64Array | null;
  /** Imported pair score (only when the pair has no item ratings). */
  imported: number | null;
}

export interface MemberPairs {
  /** Pairs in rater order, then target order (node positions). */
  pairs: MemberPair[];
  /** responded[i]: node i gave at least one non-N/A answer or pair score. */
  responded: boolean[];
}

function inRange(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 1 && v <= 5;
}

/**
 * Collect item ratings and imported pair scores per (rater, target). A pair present in both
 * is taken from the item ratings; a repeated (rater, target, item) keeps the last value.
 *
 * @throws naming `fn` when a rating names an unknown node or item, or a value is outside 1–5.
 */
export function collectPairs(
  fn: string,
  nodes: NodeInfo[],
  index: Map<string, number>,
  items: readonly string[],
  ratings: readonly ItemRating[] = [],
  pairScores: readonly PairScoreInput[] = [],
): MemberPairs {
  const N = nodes.length;
  const itemIndex = new Map(items.map((id, k) => [id, k]));
  const byKey = new Map<number, MemberPair>();
  const responded = new Array<boolean>(N).fill(false);
  const lookup = (id: string, what: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`${fn}: ${what} "${id}" is not among the nodes.`);
    return i;
  };
  const pairOf = (r: number, t: number): MemberPair => {
    const key = r * N + t;
    let pair = byKey.get(key);
    if (!pair) byKey.set(key, (pair = { rater: r, target: t, values: null, imported: null }));
    return pair;
  };
  // Ratings usually come grouped by rater and target: reuse the last lookups.
  let lastRater: string | undefined;
  let lastTarget: string | undefined;
  let pair: MemberPair | undefined;
  for (const rating of ratings) {
    if (rating.rater !== lastRater || rating.target !== lastTarget || !pair) {
      const r = lookup(rating.rater, "rating rater");
      const t = lookup(rating.target, "rating target");
      lastRater = rating.rater;
      lastTarget = rating.target;
      pair = pairOf(r, t);
    }
    const k = itemIndex.get(rating.item);
    if (k === undefined) throw new Error(`${fn}: rating item "${rating.item}" is not in "items".`);
    const value = rating.value;
    if (value !== null && !inRange(value)) {
      throw new Error(`${fn}: rating ${rating.rater}→${rating.target} "${rating.item}" must be 1–5 or null, got ${JSON.stringify(value)}.`);
    }
    if (!pair.values) pair.values = new Float64Array(items.length).fill(NaN);
    pair.values[k] = value === null ? NaN : value;
  }
  for (const p of pairScores) {
    const pr = lookup(p.rater, "pair score rater");
    const pt = lookup(p.target, "pair score target");
    if (!inRange(p.score)) throw new Error(`${fn}: pair score ${p.rater}→${p.target} must be 1–5, got ${JSON.stringify(p.score)}.`);
    const scored = pairOf(pr, pt);
    if (!scored.values) scored.imported = p.score;
  }
  const pairs = [...byKey.values()].sort((a, b) => a.rater - b.rater || a.target - b.target);
  for (const p of pairs) {
    if (p.values) p.imported = null;
    if (p.imported !== null || (p.values && p.values.some((v) => !Number.isNaN(v)))) responded[p.rater] = true;
  }
  return { pairs, responded };
}

/**
 * Score of one pair over the items at positions `dims`: mean of the answered ones, with the
 * number of ratings behind it; null when none is answered. Imported scores count as n = 1.
 */
export function pairScore(pair: MemberPair, dims: readonly number[]): { score: number; n: number } | null {
  if (!pair.values) return pair.imported === null ? null : { score: pair.imported, n: 1 };
  let sum = 0;
  let n = 0;
  for (const k of dims) {
    const v = pair.values[k];
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : { score: sum / n, n };
}

// Fixed-window counters behind the rate limits: in this process (default) or shared by every instance (PostgreSQL).

/** A counter's value in its current window. */
export interface WindowCount {
  count: number;
  /** End of the window, milliseconds since the epoch. */
  resetAt: number;
}

/**
 * Where rate-limit counters live. A counter holds a count for one window: the first hit at or after the
 * window's end starts a new window of `windowMs` at 0. Times are the caller's clock (ms since the epoch), so an
 * injected test clock rules everywhere.
 */
export interface Counters {
  /**
   * Adds `amount` (≥ 0) to `key` and returns the count including it. `amount` 0 only reads: an unknown or
   * expired key reads as 0 without being stored.
   */
  hit(key: string, amount: number, windowMs: number, now: number): Promise<WindowCount>;
  /**
   * Adds `delta` (may be negative; the count never drops below 0) to `key`, but only while its window still
   * ends at `resetAt` (a request settling its real cost after the handler; a new window is left alone).
   */
  settle(key: string, delta: number, resetAt: number): Promise<void>;
}

/** Counters in a Map of this process; at most `maxKeys` keys (expired ones are swept first, then the oldest). */
export function memoryCounters(maxKeys = 100_000): Counters {
  const buckets = new Map<string, WindowCount>();
  const sweep = (now: number) => {
    for (const [k, b] of buckets) if (b.resetAt <= now) buckets.delete(k);
    for (const k of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(k);
    }
  };
  return {
    hit: async (key, amount, windowMs, now) => {
      let bucket = buckets.get(key);
      if (!bucket || bucket.resetAt <= now) {
        if (amount === 0) return { count: 0, resetAt: now + windowMs };
        if (buckets.size >= maxKeys) sweep(now);
        bucket = { count: 0, resetAt: now + windowMs };
        buckets.set(key, bucket);
      }
      bucket.count += amount;
      return { ...bucket };
    },
    settle: async (key, delta, resetAt) => {
      const bucket = buckets.get(key);
      if (bucket && bucket.resetAt === resetAt) bucket.count = Math.max(0, bucket.count + delta);
    },
  };
}

// Rate-limit counters in PostgreSQL (unlogged table rate_counters), so every instance counts against one budget.
import type { Counters, WindowCount } from "../../middleware/rate-limit/counters.ts";
import { batched } from "./batch.ts";
import type { Db } from "./db.ts";

/** Expired counters are deleted by one instance at most once per this interval. */
const SWEEP_EVERY_MS = 60_000;

interface Hit {
  key: string;
  amount: number;
  windowMs: number;
  now: number;
}

/**
 * One upsert for many keys: a window that has ended (by the batch's clock) restarts at the new amount. Keys
 * appear once per statement (PostgreSQL updates a row once per statement), with their hits summed.
 */
const UPSERT = `insert into rate_counters as c (key, count, reset_at_ms)
  select * from unnest($1::text[], $2::int[], $3::bigint[])
  on conflict (key) do update set
    count       = case when c.reset_at_ms <= $4 then excluded.count else c.count + excluded.count end,
    reset_at_ms = case when c.reset_at_ms <= $4 then excluded.reset_at_ms else c.reset_at_ms end
  returning key, count, reset_at_ms`;

/**
 * Counters shared through `db`. Hits made in the same tick (many requests at once, or the limits of one request)
 * go to the database as one statement; each hit gets the count it would have got one after the other. The table
 * is unlogged (no WAL, no fsync per request): a database crash resets the counts, which only forgives requests.
 */
export function postgresCounters(db: Db): Counters {
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    db.rows("delete from rate_counters where reset_at_ms <= $1", [now]).catch(() => {});
  };
  const add = batched(async (hits: readonly Hit[]): Promise<WindowCount[]> => {
    const now = Math.max(...hits.map((h) => h.now));
    const sums = new Map<string, { amount: number; resetAt: number }>();
    for (const h of hits) {
      const s = sums.get(h.key);
      if (s) s.amount += h.amount;
      else sums.set(h.key, { amount: h.amount, resetAt: now + h.windowMs });
    }
    const keys = [...sums.keys()];
    const rows = await db.rows<{ key: string; count: number; reset_at_ms: string }>(UPSERT, [
      keys, keys.map((k) => sums.get(k)!.amount), keys.map((k) => sums.get(k)!.resetAt), now,
    ]);
    // The final count of a key belongs to its last hit; an earlier hit sees it less the amounts after it.
    const final = new Map(rows.map((r) => [r.key, { count: r.count, resetAt: Number(r.reset_at_ms) }]));
    const after = new Map<string, number>();
    const out: WindowCount[] = new Array(hits.length);
    for (let i = hits.length - 1; i >= 0; i--) {
      const { key, amount } = hits[i];
      const later = after.get(key) ?? 0;
      const f = final.get(key)!;
      out[i] = { count: f.count - later, resetAt: f.resetAt };
      after.set(key, later + amount);
    }
    return out;
  });
  const read = batched(async (keys: readonly { key: string; windowMs: number; now: number }[]): Promise<WindowCount[]> => {
    const now = Math.max(...keys.map((k) => k.now));
    const rows = await db.rows<{ key: string; count: number; reset_at_ms: string }>(
      "select key, count, reset_at_ms from rate_counters where key = any($1::text[]) and reset_at_ms > $2",
      [keys.map((k) => k.key), now],
    );
    const found = new Map(rows.map((r) => [r.key, { count: r.count, resetAt: Number(r.reset_at_ms) }]));
    return keys.map((k) => found.get(k.key) ?? { count: 0, resetAt: k.now + k.windowMs });
  });
  return {
    hit: async (key, amount, windowMs, now) => {
      sweep(now);
      return amount === 0 ? read({ key, windowMs, now }) : add({ key, amount, windowMs, now });
    },
    settle: async (key, delta, resetAt) => {
      await db.rows("update rate_counters set count = greatest(0, count + $2) where key = $1 and reset_at_ms = $3", [key, delta, resetAt]);
    },
  };
}

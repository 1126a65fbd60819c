// Rate-limit counters in PostgreSQL (unlogged table rate_counters), so every instance counts against one budget.
import type { Counters } from "../../middleware/rate-limit/counters.ts";
import type { Db } from "./db.ts";

/** Expired counters are deleted by one instance at most once per this interval. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Counters shared through `db`. One upsert per hit: a window that has ended restarts at the new amount.
 * The table is unlogged (no WAL, no fsync per request); a database crash resets the counts, which only
 * forgives some requests.
 */
export function postgresCounters(db: Db): Counters {
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    db.rows("delete from rate_counters where reset_at_ms <= $1", [now]).catch(() => {});
  };
  return {
    hit: async (key, amount, windowMs, now) => {
      sweep(now);
      if (amount === 0) {
        const rows = await db.rows<{ count: number; reset_at_ms: string }>(
          "select count, reset_at_ms from rate_counters where key = $1 and reset_at_ms > $2",
          [key, now],
        );
        return rows.length > 0 ? { count: rows[0].count, resetAt: Number(rows[0].reset_at_ms) } : { count: 0, resetAt: now + windowMs };
      }
      const [row] = await db.rows<{ count: number; reset_at_ms: string }>(
        `insert into rate_counters as c (key, count, reset_at_ms) values ($1, $2, $3::bigint + $4::bigint)
         on conflict (key) do update set
           count       = case when c.reset_at_ms <= $3 then excluded.count else c.count + excluded.count end,
           reset_at_ms = case when c.reset_at_ms <= $3 then excluded.reset_at_ms else c.reset_at_ms end
         returning count, reset_at_ms`,
        [key, amount, now, windowMs],
      );
      return { count: row.count, resetAt: Number(row.reset_at_ms) };
    },
    settle: async (key, delta, resetAt) => {
      await db.rows("update rate_counters set count = greatest(0, count + $2) where key = $1 and reset_at_ms = $3", [key, delta, resetAt]);
    },
  };
}

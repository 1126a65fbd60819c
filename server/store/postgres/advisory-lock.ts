// Runs a task while holding a PostgreSQL session advisory lock, so instances on one database take turns.
import type pg from "pg";
import { mapError } from "./pool.ts";

/** pg_advisory_lock key of the schema migrations: "Laget" in ASCII as a number. */
export const MIGRATION_LOCK = 328051680628;
/** Key of the first-start work (first admin, demo data), so two fresh instances do not both seed. */
export const FIRST_START_LOCK = MIGRATION_LOCK + 1;

/**
 * Waits for the lock `key` on one connection of `pool` (no statement timeout while waiting), runs `task(client)`
 * and unlocks. A connection whose unlock fails is closed, which releases the lock as well.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, key: number, task: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect().catch(mapError);
  let broken = false;
  try {
    await client.query("set statement_timeout = 0");
    await client.query("select pg_advisory_lock($1)", [key]);
    try {
      return await task(client);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [key]).catch(() => (broken = true));
      await client.query("reset statement_timeout").catch(() => (broken = true));
    }
  } catch (err) {
    broken = true;
    return mapError(err);
  } finally {
    client.release(broken);
  }
}

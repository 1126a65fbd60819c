// Purges deleted rows' bytes from the table and index files: VACUUM FULL of every table that holds case data.
import type pg from "pg";
import { mapError } from "./pool.ts";

/**
 * The tables a case's data lives in. A DELETE only marks rows dead and a plain VACUUM only marks their space free:
 * the bytes stay in the table and index files until overwritten. VACUUM FULL writes each table and its indexes
 * (and TOAST) anew from the live rows and unlinks the old files.
 */
export const CASE_TABLES = ["cases", "members", "rounds", "links", "answers", "pair_scores", "round_results", "rate_counters"] as const;

/** VACUUM FULL of the case tables, one at a time (each holds an exclusive lock on its table while it runs). */
export async function purgeDeletedRows(pool: pg.Pool): Promise<void> {
  try {
    for (const table of CASE_TABLES) await pool.query(`vacuum (full) ${table}`);
  } catch (err) {
    mapError(err);
  }
}

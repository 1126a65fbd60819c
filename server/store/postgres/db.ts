// Thin query helpers over the pool: every call maps outages to StoreUnavailableError; `tx` runs statements in one transaction.
import { createHash } from "node:crypto";
import type pg from "pg";
import { mapError } from "./pool.ts";

const names = new Map<string, string>();

/**
 * The statement as a named (prepared) query: PostgreSQL parses and plans it once per connection instead of on
 * every call. Every statement here is fixed text with $n parameters, so the name is a hash of the text.
 */
function prepared(sql: string, values?: unknown[]): pg.QueryConfig {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `laget_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`));
  return { name, text: sql, values };
}

export interface Db {
  /** Runs one statement (autocommit: resolved = committed) and returns its rows. */
  rows<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs `fn` inside BEGIN … COMMIT on one connection; rolls back when it throws. Resolved = committed. */
  tx<T>(fn: (q: Tx) => Promise<T>): Promise<T>;
}

/** Statements inside a transaction. */
export interface Tx {
  rows<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** Query helpers over `pool`. */
export function createDb(pool: pg.Pool): Db {
  return {
    rows: async <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => {
      try {
        return (await pool.query<R>(prepared(sql, params))).rows;
      } catch (err) {
        return mapError(err);
      }
    },
    tx: async (fn) => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        return mapError(err);
      }
      let broken = false;
      try {
        await client.query("begin");
        const result = await fn({ rows: async <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => (await client.query<R>(prepared(sql, params))).rows });
        await client.query("commit");
        return result;
      } catch (err) {
        await client.query("rollback").catch(() => (broken = true));
        return mapError(err);
      } finally {
        client.release(broken);
      }
    },
  };
}

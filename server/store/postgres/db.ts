// Thin query helpers over the pool: every call maps outages to StoreUnavailableError; `tx` runs statements in one transaction.
import type pg from "pg";
import { mapError } from "./pool.ts";

export interface Db {
  /** Runs one statement (autocommit: resolved = committed) and returns its rows. */
  rows<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs one statement and returns the number of rows it touched. */
  count(sql: string, params?: unknown[]): Promise<number>;
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
        return (await pool.query<R>(sql, params)).rows;
      } catch (err) {
        return mapError(err);
      }
    },
    count: async (sql, params) => {
      try {
        return (await pool.query(sql, params)).rowCount ?? 0;
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
        const result = await fn({ rows: async (sql, params) => (await client.query(sql, params)).rows });
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

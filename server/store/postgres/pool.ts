// The PostgreSQL connection pool (node-postgres) with timeouts, so a lost or stalled database gives a quick 503, never a hang.
import pg from "pg";
import { StoreUnavailableError } from "../types.ts";

export interface PoolOptions {
  /** Connections per Laget instance (default 20; env DATABASE_POOL_MAX). */
  max?: number;
  /** Longest wait for a free or new connection, in ms (default 3000). */
  connectTimeoutMs?: number;
  /** Longest a statement may run on the server, in ms (default 10 000); also the client-side read timeout. */
  statementTimeoutMs?: number;
}

/** A pool whose idle clients may fail (database restart) without taking the process down. */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const statementTimeoutMs = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    lock_timeout: statementTimeoutMs,
    // The client gives up a little after the server would have cancelled (a dead peer never answers at all).
    query_timeout: statementTimeoutMs + 2000,
    idle_in_transaction_session_timeout: statementTimeoutMs * 2,
    keepAlive: true,
    application_name: "laget",
  });
  // An idle client whose server went away emits 'error'; the pool drops it and the next query connects anew.
  pool.on("error", () => {});
  return pool;
}

/** SQLSTATE classes and codes that mean "the database cannot serve right now", not "this request is wrong". */
const UNAVAILABLE_STATES = /^(08|53|57P0|58)|^(57014|55P03|25006|40001|40P01)$/;
/** Node/pg client errors of a lost, refused or timed-out connection. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection ended|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|the database system is/i;

/** True for errors of a database that is down, restarting, overloaded or too slow. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && UNAVAILABLE_STATES.test(code)) return true;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code) && UNAVAILABLE_MESSAGES.test(code)) return true;
  return UNAVAILABLE_MESSAGES.test(err.message);
}

/** Rethrows database outages as StoreUnavailableError (HTTP 503); anything else unchanged. */
export function mapError(err: unknown): never {
  if (err instanceof StoreUnavailableError) throw err;
  if (isUnavailable(err)) throw new StoreUnavailableError(`The database is unavailable: ${(err as Error).message}`, { cause: err });
  throw err;
}

/** The SQLSTATE of a database error, if it is one. */
export const sqlState = (err: unknown): string | undefined =>
  typeof (err as { code?: unknown })?.code === "string" ? (err as { code: string }).code : undefined;

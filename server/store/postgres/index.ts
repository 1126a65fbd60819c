// The PostgreSQL store: opens a pool on DATABASE_URL, brings the schema up to date, and serves the Store interface.
import type { Counters } from "../../middleware/rate-limit/counters.ts";
import type { Store } from "../types.ts";
import { FIRST_START_LOCK, withAdvisoryLock } from "./advisory-lock.ts";
import { accountStore } from "./accounts.ts";
import { actionStore } from "./actions.ts";
import { answerStore } from "./answers.ts";
import { auditStore } from "./audit.ts";
import { caseStore } from "./cases.ts";
import { postgresCounters } from "./counters.ts";
import { createDb } from "./db.ts";
import { deliveryStore } from "./deliveries.ts";
import { derivedStore } from "./derived.ts";
import { metaStore } from "./meta.ts";
import { releaseStore } from "./release.ts";
import { migrate, type MigrationReport } from "./migrate.ts";
import { createPool, mapError, type PoolOptions } from "./pool.ts";
import { purgeDeletedRows } from "./purge.ts";
import { postgresSnapshot } from "./snapshot.ts";

export { FIRST_START_LOCK, MIGRATION_LOCK } from "./advisory-lock.ts";
export { loadMigrations, migrate, type Migration, type MigrationReport } from "./migrate.ts";
export { isUnavailable, type PoolOptions } from "./pool.ts";

/** A Store on PostgreSQL, with the rate-limit counters in the same database. */
export type PostgresStore = Store & Required<Pick<Store, "listRoundsOfCases" | "derivePerRound" | "purgeDeleted">> & PostgresExtras;

interface PostgresExtras {
  readonly counters: Counters;
  /** What the start-up migration did. */
  readonly migration: MigrationReport;
  /** Runs `task` while no other instance runs its first-start work (first admin, demo data) on this database. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Connects to `url` (postgres://user:pass@host:port/db), runs the pending migrations under the migration
 * advisory lock and returns the store. Every write resolves once committed; nothing is cached in this
 * process, so any number of instances can share the database.
 */
export async function openPostgresStore(url: string, options: PoolOptions = {}): Promise<PostgresStore> {
  const pool = createPool(url, options);
  let migration: MigrationReport;
  try {
    migration = await migrate(pool).catch(mapError);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  const db = createDb(pool);
  const answers = answerStore(db);
  let closed: Promise<void> | undefined;
  /** Snapshots not yet released; closing the store ends them (their connections are destroyed, not reused). */
  const snapshots = new Set<() => Promise<void>>();
  const store: PostgresStore = {
    ...metaStore(db),
    ...accountStore(db),
    ...auditStore(db),
    ...caseStore(db),
    ...actionStore(db),
    ...answers,
    ...deliveryStore(db),
    ...derivedStore(db, () => store),
    ...releaseStore(db),
    counters: postgresCounters(db),
    migration,
    exclusive: (task) => withAdvisoryLock(pool, FIRST_START_LOCK, () => task()),
    purgeDeleted: () => purgeDeletedRows(pool),
    snapshot: () => postgresSnapshot(pool, snapshots),
    close: () =>
      (closed ??= answers
        .drain()
        .then(() => Promise.all([...snapshots].map((end) => end())))
        .then(() => pool.end())),
  };
  return store;
}

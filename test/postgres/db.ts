// Test helpers: a fresh database in the run's PostgreSQL server (from the global setup), and a PostgreSQL store on it.
import { inject } from "vitest";
import { openPostgresStore, type PostgresStore } from "../../server/store/postgres/index.ts";
import { createDatabase } from "./cluster.ts";

/** URL of a new, empty database in the test run's server (the global teardown removes the whole server). */
export const freshDatabase = (prefix = "t"): Promise<string> => createDatabase(inject("postgresAdminUrl"), prefix);

/** A PostgreSQL store on a fresh database (small pool: many test files run at once). */
export async function freshPostgresStore(): Promise<PostgresStore> {
  return openPostgresStore(await freshDatabase(), { max: 4 });
}

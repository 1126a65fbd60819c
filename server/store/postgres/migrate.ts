// Versioned schema migrations (migrations/NNNN_name.sql), applied at start-up under an advisory lock so instances starting together take turns.
import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";
import { MIGRATION_LOCK, withAdvisoryLock } from "./advisory-lock.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);
const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** The migrations shipped with this version, in order; versions must run 1, 2, 3 … without gaps. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const list = readdirSync(dir)
    .map((file) => ({ file, m: FILE.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2], sql: readFileSync(new URL(file, dir), "utf8") }))
    .sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.version}_${m.name}: expected version ${i + 1} (no gaps or duplicates)`);
  });
  return list;
}

export interface MigrationReport {
  /** Versions this call applied (empty when the schema was up to date). */
  applied: number[];
  /** Schema version after the call. */
  version: number;
}

/**
 * Brings the schema up to date. Holds a session advisory lock for the whole run, so a second instance waits
 * and then finds nothing left to do; each migration runs in its own transaction together with its
 * schema_migrations row. Refuses a database whose schema is newer than this code.
 */
export async function migrate(pool: pg.Pool, migrations: Migration[] = loadMigrations()): Promise<MigrationReport> {
  return withAdvisoryLock(pool, MIGRATION_LOCK, async (client) => {
    await client.query(`create table if not exists schema_migrations (
      version    integer primary key,
      name       text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await client.query<{ version: number }>("select version from schema_migrations order by version");
    const newest = Math.max(0, ...rows.map((r) => r.version));
    if (newest > migrations.length) {
      throw new Error(`The database schema is at version ${newest}, newer than this Laget knows (${migrations.length}); upgrade Laget`);
    }
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations.filter((x) => !done.has(x.version))) {
      await client.query("begin");
      try {
        await client.query(m.sql);
        await client.query("insert into schema_migrations (version, name) values ($1, $2)", [m.version, m.name]);
        await client.query("commit");
      } catch (err) {
        await client.query("rollback").catch(() => {});
        throw new Error(`Migration ${m.version}_${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      applied.push(m.version);
    }
    return { applied, version: Math.max(newest, ...applied) };
  });
}

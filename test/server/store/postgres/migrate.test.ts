// Schema migrations: instances starting together apply each version once; a newer schema or a broken migration stops start-up.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../../../server/demo/index.ts";
import { loadMigrations, migrate, openPostgresStore } from "../../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../../postgres/db.ts";

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("PostgreSQL schema migrations", () => {
  it("numbers the shipped migrations 1, 2, 3 … and each one is SQL", () => {
    const list = loadMigrations();
    expect(list.length).toBeGreaterThan(0);
    list.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.sql).toMatch(/\b(create|alter) table\b/i);
    });
  });

  it("six instances starting together on an empty database apply every migration exactly once", async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(url, { max: 2 })));
    try {
      const applied = stores.map((s) => s.migration.applied);
      expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
      expect(applied.find((a) => a.length > 0)).toEqual(loadMigrations().map((m) => m.version));
      expect(new Set(stores.map((s) => s.migration.version))).toEqual(new Set([loadMigrations().length]));
      const rows = await query<{ version: number }>(url, "select version from schema_migrations order by version");
      expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
      // Every instance works on the one schema.
      await stores[3].putSettings({ minCases: 9, weakThreshold: 3.5 });
      expect(await stores[5].getSettings()).toEqual({ minCases: 9, weakThreshold: 3.5, retentionMonths: 24 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("refuses a database whose schema is newer than this code, and leaves it alone", async () => {
    const url = await freshDatabase();
    await (await openPostgresStore(url)).close();
    await query(url, "insert into schema_migrations (version, name) values (999, 'from_the_future')");
    await expect(openPostgresStore(url)).rejects.toThrow(/schema is at version 999, newer than this Laget knows/);
    expect(await query(url, "select 1 from schema_migrations where version = 999")).toHaveLength(1);
  });

  it("rolls a failing migration back whole and names it", async () => {
    const url = await freshDatabase();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const broken = [...loadMigrations(), { version: loadMigrations().length + 1, name: "broken", sql: "create table half (x int); select * from nowhere" }];
      await expect(migrate(pool, broken)).rejects.toThrow(/Migration \d+_broken failed: .*nowhere/);
      expect(await query(url, "select 1 from pg_tables where tablename = 'half'")).toEqual([]);
      expect((await query(url, "select max(version) as v from schema_migrations"))[0]).toEqual({ v: loadMigrations().length });
    } finally {
      await pool.end();
    }
  });

  it("first-start work runs on one instance at a time, so two fresh instances seed the demo once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      const seed = (s: typeof a) => s.exclusive(() => seedDemo({ store: s, now: () => new Date(), baseUrl: "http://laget.test" }, []));
      const results = await Promise.all([seed(a), seed(b)]);
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      expect(await a.listCases()).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

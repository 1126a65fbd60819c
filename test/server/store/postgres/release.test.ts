// The aggregate release on PostgreSQL: the history checked from its own column, the publishing instance keeps what it wrote.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresStore } from "../../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../../postgres/db.ts";
import { sampleRelease } from "../sample-data.ts";

async function sql(url: string, text: string, params: unknown[] = []): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A release whose links name a role pair the way the engine does ("rater\u0000target"), which PostgreSQL's json operators refuse to read. */
function withPairKey(ids: string[]) {
  const r = sampleRelease(ids);
  return { ...r, links: { ...r.links, series: { ...r.links.series, "SR\u0000PPT": r.links.series["*"] } } };
}

describe("PostgreSQL release", () => {
  it("the publishing instance serves what it stored without reading it back; another instance reads the new version", async () => {
    const url = await freshDatabase();
    const [a, b] = [await openPostgresStore(url, { max: 2 }), await openPostgresStore(url, { max: 2 })];
    try {
      await a.putRelease(withPairKey(["r1"]));
      await b.putRelease(withPairKey(["r1", "r2"])); // history checked although the document holds a \u0000 key
      const stored = withPairKey(["r1", "r2", "r3"]);
      await a.putRelease(stored);
      // The document changes under the same version (only possible by hand): a keeps serving its own copy, b reads the row.
      await sql(url, "update aggregate_release set data = $1", [JSON.stringify(withPairKey(["r1", "r2", "x"]))]);
      expect(await a.getRelease()).toBe(stored);
      expect(Object.isFrozen(stored.links.series)).toBe(true);
      expect((await b.getRelease())?.history.map((h) => h.id)).toEqual(["r1", "r2", "x"]);
      await expect(b.putRelease(withPairKey(["r1", "r2", "r4"]))).rejects.toMatchObject({ code: "release_changed" });
      expect((await a.getRelease())?.history.map((h) => h.id)).toEqual(["r1", "r2", "r3"]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("a row stored before the history column still has its history checked, from the document", async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore(url, { max: 2 });
    try {
      await store.putRelease(sampleRelease(["r1", "r2"]));
      await sql(url, "update aggregate_release set history = null");
      await expect(store.putRelease(sampleRelease(["r2", "r3"]))).rejects.toMatchObject({ code: "release_changed" });
      await store.putRelease(sampleRelease(["r1", "r2", "r3"]));
      expect(await sql(url, "select history from aggregate_release")).toEqual([{ history: sampleRelease(["r1", "r2", "r3"]).history }]);
    } finally {
      await store.close();
    }
  });

  it("a release the schema refuses is a validation error and leaves the stored row as it was", async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore(url, { max: 2 });
    try {
      await store.putRelease(sampleRelease(["r1"]));
      const before = await sql(url, "select version, data::text, history::text from aggregate_release");
      const next = sampleRelease(["r1", "r2"]);
      const refused: [string, unknown][] = [
        ["a fractional count", { ...next, release: { ...next.release, minCases: 2.5 } }],
        ["a BigInt", { ...next, release: { ...next.release, minCases: 5n } }],
        ["no history", { ...next, history: undefined }],
        ["null", null],
      ];
      for (const [what, value] of refused) {
        await expect(store.putRelease(value as never), what).rejects.toMatchObject({ name: "LagetError", kind: "invalid", code: "invalid_release" });
      }
      expect(await sql(url, "select version, data::text, history::text from aggregate_release")).toEqual(before);
      expect((await store.getRelease())?.history.map((h) => h.id)).toEqual(["r1"]);
    } finally {
      await store.close();
    }
  });

  it("a damaged stored document is an error naming its path, not a release", async () => {
    const url = await freshDatabase();
    const [a, b] = [await openPostgresStore(url, { max: 2 }), await openPostgresStore(url, { max: 2 })];
    try {
      await a.putRelease(sampleRelease(["r1"]));
      const damaged = sampleRelease(["r1"]) as unknown as { release: { minCases: unknown } };
      damaged.release.minCases = "5";
      await sql(url, "update aggregate_release set data = $1", [JSON.stringify(damaged)]);
      await expect(b.getRelease()).rejects.toThrow(/damaged at release\.minCases/);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

// The aggregate release in PostgreSQL (table aggregate_release): one row, re-read only when another publication replaced it.
import { StoredRelease } from "../../../domain/release.ts";
import { deepFreeze } from "../clone.ts";
import { extendsHistory } from "../release-history.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";

type ReleasePart = Pick<Store, "getRelease" | "putRelease">;

/**
 * The release part of the Store over `db`. Every read asks for the row's version (a small query) and
 * parses the document only when it changed since this instance last read it; the parsed release is
 * frozen and shared, as in the other backends. A publication must extend the stored history (another
 * instance publishing in between is an error, not a silent overwrite).
 */
export function releaseStore(db: Db): ReleasePart {
  let cached: { version: string; release: StoredRelease } | undefined;
  return {
    getRelease: async () => {
      const [row] = await db.rows<{ version: string }>("select version::text as version from aggregate_release");
      if (!row) return undefined;
      if (cached?.version !== row.version) {
        const [doc] = await db.rows<{ version: string; data: unknown }>("select version::text as version, data from aggregate_release");
        cached = { version: doc.version, release: deepFreeze(StoredRelease.parse(doc.data)) };
      }
      return cached.release;
    },
    putRelease: async (input) => {
      const release = StoredRelease.parse(input);
      await db.tx(async (q) => {
        const [row] = await q.rows<{ data: StoredRelease }>("select data from aggregate_release for update");
        extendsHistory(row?.data, release);
        await q.rows(
          `insert into aggregate_release (id, version, data) values (1, 1, $1)
           on conflict (id) do update set version = aggregate_release.version + 1, data = excluded.data`,
          [JSON.stringify(release)],
        );
      });
    },
  };
}

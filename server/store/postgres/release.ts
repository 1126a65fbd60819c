// The aggregate release in PostgreSQL (table aggregate_release): one row, re-read only when another publication replaced it.
import type { StoredRelease } from "../../../domain/release.ts";
import { storedRelease, validRelease } from "../../../domain/release-check.ts";
import { deepFreeze } from "../clone.ts";
import { extendsHistory } from "../release-history.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";

type ReleasePart = Pick<Store, "getRelease" | "putRelease">;

/**
 * The release part of the Store over `db`. Every read asks for the row's version (a small query) and
 * reads and checks the document only when it changed since this instance last read or wrote it; the
 * release is frozen and shared, as in the other backends. A publication must extend the stored history
 * (another instance publishing in between is an error, not a silent overwrite); only the history, kept in its
 * own column, is read back for that check, and the written value becomes this instance's copy.
 */
export function releaseStore(db: Db): ReleasePart {
  let cached: { version: string; release: StoredRelease } | undefined;
  return {
    getRelease: async () => {
      const [row] = await db.rows<{ version: string }>("select version::text as version from aggregate_release");
      if (!row) return undefined;
      if (cached?.version !== row.version) {
        const [doc] = await db.rows<{ version: string; data: unknown }>("select version::text as version, data from aggregate_release");
        cached = { version: doc.version, release: deepFreeze(storedRelease(doc.data)) };
      }
      return cached.release;
    },
    putRelease: async (input) => {
      let json: string, history: string;
      try {
        [json, history] = [JSON.stringify(input), JSON.stringify((input as Partial<StoredRelease> | null)?.history ?? null)];
      } catch (err) {
        validRelease(input); // names what is wrong (e.g. a BigInt); a value it accepts is rethrown as it failed
        throw err;
      }
      const written = await db.tx(async (q) => {
        const [row] = await q.rows<{ history: StoredRelease["history"] | null; data: StoredRelease | null }>(
          "select history, case when history is null then data end as data from aggregate_release for update",
        );
        // The row is written while the release is checked and frozen here; a refused one rolls the write back.
        const writing = q.rows<{ version: string }>(
          `insert into aggregate_release (id, version, data, history) values (1, 1, $1, $2)
           on conflict (id) do update set version = aggregate_release.version + 1, data = excluded.data, history = excluded.history
           returning version::text as version`,
          [json, history],
        );
        writing.catch(() => undefined); // awaited below unless the check throws first (then the rollback follows it)
        const release = deepFreeze(validRelease(input));
        extendsHistory(row ? { history: row.history ?? row.data?.history ?? [] } : undefined, release);
        const [written] = await writing;
        return { version: written.version, release };
      });
      cached = written;
    },
  };
}

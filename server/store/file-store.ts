// The durable default store: lowdb JSON files for meta and cases, an append-only answer log with group commit.
import { dirname, join, resolve } from "node:path";
import { Low } from "lowdb";
import { AnswerLog } from "./answer-log.ts";
import { openFileAuditLog } from "./audit/file.ts";
import { Compactor } from "./compactor.ts";
import { CaseDoc } from "./docs.ts";
import { DurableJsonFile } from "./durable-json.ts";
import { unlinkAll } from "./erase-records.ts";
import { asStoreError, nodeFs, syncDir, type StoreFs } from "./fs-layer.ts";
import { dataPaths, loadDataDir, type DataPaths, type LoadedData } from "./file-loader.ts";
import { acquireLock } from "./lock.ts";
import type { Persistence } from "./persistence.ts";
import { StoreState } from "./state.ts";
import { createStateStore } from "./state-store.ts";
import type { Store } from "./types.ts";

export interface FileStoreOptions {
  /** File-system layer; tests inject one that fails like a full or read-only disk. Default: node:fs. */
  fs?: StoreFs;
  /** Seal the answer log and compact it into snapshots once it reaches this size. Default 64 MiB. */
  compactAfterBytes?: number;
}

/**
 * Opens (creating if needed) the store in `dataDir`. Layout: `laget.lock`, `meta.json`, `cases/<caseId>.json`,
 * `answers/<roundId>.snap` (compacted answers), `answers/wal-<seq>.log` (answers since) and
 * `audit/<YYYY-MM>.log` (the audit log, one file per month). Throws
 * StoreCorruptError for a damaged file and StoreLockedError when another process has the directory.
 * Before it answers, it finishes any erasure a crash interrupted: temp files of unfinished writes are removed, and
 * the records of rounds no case holds any more leave the snapshots and log segments.
 */
export async function openFileStore(dataDir: string, options: FileStoreOptions = {}): Promise<Store> {
  const fs = options.fs ?? nodeFs;
  const paths = dataPaths(dataDir);
  await makeDataDirs(fs, paths);
  const releaseLock = await acquireLock(fs, dataDir);
  let compactor: Compactor | undefined;
  try {
    await removeTempFiles(fs, [paths.root, paths.cases, paths.answers]);
    const state = new StoreState();
    const loaded = await loadDataDir(fs, paths, state);
    compactor = new Compactor(fs, paths.answers, state);
    const log = await AnswerLog.create(fs, paths.answers, loaded.nextSeq, options.compactAfterBytes ?? 64 * 2 ** 20, (s) =>
      compactor!.add(s),
    );
    for (const segment of loaded.segments) compactor.add(segment);
    if (loaded.orphanRounds.size > 0) await compactor.erase(loaded.orphanRounds);
    const audit = await openFileAuditLog(fs, auditDir(dataDir));
    const persistence = filePersistence(fs, paths.cases, loaded, log, compactor, releaseLock);
    return createStateStore(state, persistence, audit);
  } catch (err) {
    await compactor?.stop();
    await releaseLock();
    throw err;
  }
}

/** Removes the temp files of writes a crash interrupted (never acknowledged; one may hold a deleted case's data). */
async function removeTempFiles(fs: StoreFs, dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const temps = (await fs.readdir(dir)).filter((name) => name.endsWith(".tmp"));
    if ((await unlinkAll(fs, temps.map((name) => join(dir, name)))) > 0) await syncDir(fs, dir);
  }
}

/** The audit log's folder. */
const auditDir = (dataDir: string) => join(dataDir, "audit");

/**
 * Creates the data directories. `cases/` and `answers/` become durable with acquireLock's fsync of the root; when
 * the root itself (or a parent) is new, the parents are fsync'd too, so a crash cannot lose the whole directory.
 */
async function makeDataDirs(fs: StoreFs, paths: DataPaths): Promise<void> {
  const created = await fs.mkdir(paths.root, { recursive: true });
  for (const dir of [paths.cases, paths.answers, auditDir(paths.root)]) await fs.mkdir(dir, { recursive: true });
  if (typeof created !== "string") return;
  const stop = dirname(resolve(created));
  for (let dir = resolve(paths.root); dir !== stop; dir = dirname(dir)) await syncDir(fs, dirname(dir));
}

/** Wires the lowdb files, the answer log and the compactor into the Persistence hooks. */
function filePersistence(
  fs: StoreFs,
  casesDir: string,
  loaded: LoadedData,
  log: AnswerLog,
  compactor: Compactor,
  releaseLock: () => Promise<void>,
): Persistence {
  const { metaDb, caseDbs } = loaded;
  const casePath = (caseId: string) => join(casesDir, `${caseId}.json`);
  const caseDb = (caseId: string) => {
    let db = caseDbs.get(caseId);
    if (!db) caseDbs.set(caseId, (db = new Low(new DurableJsonFile(fs, casePath(caseId), CaseDoc), null!)));
    return db;
  };
  return {
    async writeMeta(meta) {
      metaDb.data = meta;
      await metaDb.write();
    },
    writeRelease: (release) => loaded.releaseFile.write(release),
    async writeCase(caseId, doc) {
      if (doc) {
        const db = caseDb(caseId);
        db.data = doc;
        return db.write();
      }
      // The commit point of a deletion: once the case file is gone, start-up treats the case's records as erased.
      try {
        if ((await unlinkAll(fs, [casePath(caseId), `${casePath(caseId)}.tmp`])) > 0) await syncDir(fs, casesDir);
        caseDbs.delete(caseId);
      } catch (err) {
        throw asStoreError(err, `deleting case ${caseId}`);
      }
    },
    async eraseRounds(roundIds) {
      const rounds = new Set(roundIds);
      if (rounds.size === 0) return;
      try {
        // The rounds are out of the state, so no new append of theirs starts; one that was already queued may still
        // land after a seal, in the next segment: then that one is sealed and erased too.
        for (let pass = 0; pass < 3; pass++) {
          if (log.touches(rounds)) await log.seal();
          await compactor.erase(rounds);
          if (!log.touches(rounds)) return;
        }
        throw new Error("the answer log kept receiving records of the erased rounds");
      } catch (err) {
        throw asStoreError(err, "erasing answers");
      }
    },
    appendAnswer: async (roundId, line, onDurable) => {
      await log.append(line, roundId, onDurable);
      compactor.schedule();
    },
    async close() {
      try {
        await log.close();
        await compactor.stop();
      } finally {
        await releaseLock();
      }
    },
  };
}

// Start-up of the file store: reads meta, case files, answer snapshots and log segments into memory, strictly.
import { join } from "node:path";
import { Low } from "lowdb";
import { segmentSeq, type SealedSegment } from "./answer-log.ts";
import { parseAnswerRecord } from "./answer-record.ts";
import { snapshotRound } from "./compactor.ts";
import { CaseDoc, MetaDoc, emptyMeta } from "./docs.ts";
import { StoredRelease } from "../../domain/release.ts";
import { deepFreeze } from "./clone.ts";
import { DurableJsonFile } from "./durable-json.ts";
import type { StoreFs } from "./fs-layer.ts";
import { parseRecordFile } from "./record-lines.ts";
import type { StoreState } from "./state.ts";
import { StoreCorruptError } from "./types.ts";

/** Paths inside a data directory. */
export interface DataPaths {
  root: string;
  meta: string;
  release: string;
  cases: string;
  answers: string;
}

export const dataPaths = (root: string): DataPaths => ({
  root,
  meta: join(root, "meta.json"),
  release: join(root, "release.json"),
  cases: join(root, "cases"),
  answers: join(root, "answers"),
});

/** What start-up hands to the running store. */
export interface LoadedData {
  metaDb: Low<MetaDoc>;
  releaseFile: DurableJsonFile<StoredRelease>;
  caseDbs: Map<string, Low<CaseDoc>>;
  /** Log segments found on disk (oldest first), to be compacted. */
  segments: SealedSegment[];
  nextSeq: number;
  /** Rounds that no case holds any more (a deletion interrupted by a crash) but whose records are still on disk. */
  orphanRounds: Set<string>;
}

/** Reads the meta document (empty when the file does not exist yet). */
async function loadMeta(fs: StoreFs, paths: DataPaths, state: StoreState): Promise<Low<MetaDoc>> {
  const db = new Low(new DurableJsonFile(fs, paths.meta, MetaDoc), emptyMeta());
  await db.read();
  state.setMeta(db.data);
  return db;
}

/** Reads the aggregate release, if one was published (`release.json`). */
async function loadRelease(fs: StoreFs, paths: DataPaths, state: StoreState): Promise<DurableJsonFile<StoredRelease>> {
  const file = new DurableJsonFile(fs, paths.release, StoredRelease, true);
  const release = await file.read();
  if (release) state.release = deepFreeze(release);
  return file;
}

/** Reads every `cases/<id>.json`; a file whose case id differs from its name is corrupt. */
async function loadCases(fs: StoreFs, paths: DataPaths, state: StoreState): Promise<Map<string, Low<CaseDoc>>> {
  const dbs = new Map<string, Low<CaseDoc>>();
  for (const name of (await fs.readdir(paths.cases)).sort()) {
    if (!name.endsWith(".json")) continue;
    const caseId = name.slice(0, -5);
    const adapter = new DurableJsonFile(fs, join(paths.cases, name), CaseDoc);
    const doc = await adapter.read();
    if (!doc) continue;
    if (doc.case.id !== caseId) throw new StoreCorruptError(adapter.path, `holds case ${doc.case.id}, expected ${caseId}`);
    const db = new Low(adapter, doc);
    dbs.set(caseId, db);
    state.setCaseDoc(caseId, doc);
  }
  return dbs;
}

/** Applies the answer records of one file; answers of rounds that no longer exist (deleted cases) are skipped. */
async function loadRecords(fs: StoreFs, path: string, state: StoreState, allowTornTail: boolean) {
  const text = (await fs.readFile(path)).toString("utf8");
  const parsed = parseRecordFile(path, text, parseAnswerRecord, allowTornTail);
  for (const { line, value } of parsed.records) {
    if (state.caseOfRound.has(value.roundId)) state.setAnswer(value.roundId, value.memberId, line);
  }
  return parsed;
}

/** Reads snapshots, then replays log segments in order; repairs a torn tail of the newest segment only. */
async function loadAnswers(fs: StoreFs, paths: DataPaths, state: StoreState) {
  const names = (await fs.readdir(paths.answers)).sort();
  const orphanRounds = new Set<string>();
  for (const name of names) {
    const roundId = snapshotRound(name);
    if (roundId === undefined) continue;
    if (!state.caseOfRound.has(roundId)) {
      orphanRounds.add(roundId);
      continue;
    }
    const { records } = await loadRecords(fs, join(paths.answers, name), state, false);
    const stray = records.find((r) => r.value.roundId !== roundId);
    if (stray) throw new StoreCorruptError(join(paths.answers, name), `holds an answer of round ${stray.value.roundId}`);
  }
  const segmentFiles = names.filter((n) => segmentSeq(n) !== undefined);
  const segments: SealedSegment[] = [];
  for (const [i, name] of segmentFiles.entries()) {
    const path = join(paths.answers, name);
    const { records, truncateTo } = await loadRecords(fs, path, state, i === segmentFiles.length - 1);
    if (truncateTo !== undefined) {
      const file = await fs.open(path, "r+");
      try {
        await file.truncate(truncateTo);
        await file.sync();
      } finally {
        await file.close();
      }
    }
    const rounds = new Set(records.map((r) => r.value.roundId));
    for (const r of rounds) if (!state.caseOfRound.has(r)) orphanRounds.add(r);
    segments.push({ path, rounds });
  }
  const lastSeq = segmentFiles.length > 0 ? segmentSeq(segmentFiles[segmentFiles.length - 1])! : 0;
  return { segments, nextSeq: lastSeq + 1, orphanRounds };
}

/** Loads a whole data directory into `state`. Throws StoreCorruptError naming the first damaged file. */
export async function loadDataDir(fs: StoreFs, paths: DataPaths, state: StoreState): Promise<LoadedData> {
  const metaDb = await loadMeta(fs, paths, state);
  const releaseFile = await loadRelease(fs, paths, state);
  const caseDbs = await loadCases(fs, paths, state);
  const { segments, nextSeq, orphanRounds } = await loadAnswers(fs, paths, state);
  return { metaDb, releaseFile, caseDbs, segments, nextSeq, orphanRounds };
}

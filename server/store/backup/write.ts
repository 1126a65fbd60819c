// Writes a backup stream into a folder in the file store's own layout, checks it as it goes, and seals it with a manifest.
import { createHash } from "node:crypto";
import { mkdir, open, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { snapshotName } from "../compactor.ts";
import { encodeAnswer } from "../answer-record.ts";
import { encodeLine } from "../record-lines.ts";
import { BackupLine, MANIFEST, zeroCounts, type BackupCounts, type BackupHeader, type BackupManifest } from "./format.ts";

/** A backup that cannot be written or is refused (an incomplete stream, a folder in use); the message says why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** Writes `data` to `path` and fsyncs it; returns its size and SHA-256 for the manifest. */
async function writeSynced(path: string, data: string) {
  const bytes = Buffer.from(data, "utf8");
  const file = await open(path, "wx", 0o600);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

async function syncDir(dir: string) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `dir` must not exist, or be an empty folder: a backup never overwrites another. */
async function prepare(dir: string): Promise<void> {
  const existing = await readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? [] : Promise.reject(err)));
  if (existing.length > 0) throw new BackupError(`${dir} is not empty; give a new folder for each backup`);
  for (const sub of ["", "cases", "answers"]) await mkdir(join(dir, sub), { recursive: true, mode: 0o700 });
}

const countsText = (c: BackupCounts) => JSON.stringify(c);

/**
 * Reads the stream's lines (each checked against the backup format) and writes `meta.json`, `cases/<id>.json` and
 * `answers/<roundId>.snap`, each fsync'd, then `backup.json` with every file's size and SHA-256. The `end` line's
 * counts must match what arrived. On any failure the folder's contents are removed and a BackupError thrown, so a
 * folder with a manifest is always a whole backup. Returns the manifest.
 */
export async function writeBackup(dir: string, lines: AsyncIterable<string> | Iterable<string>): Promise<BackupManifest> {
  await prepare(dir);
  try {
    return await writeLines(dir, lines);
  } catch (err) {
    for (const name of await readdir(dir).catch(() => [])) await rm(join(dir, name), { recursive: true, force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError(`the backup could not be written: ${(err as Error).message}`);
  }
}

async function writeLines(dir: string, lines: AsyncIterable<string> | Iterable<string>): Promise<BackupManifest> {
  const files: BackupManifest["files"] = {};
  const counts = zeroCounts();
  let header: BackupHeader | undefined;
  let rounds = new Set<string>();
  let end: BackupCounts | undefined;
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (text.trim() === "") continue;
    if (end) throw new BackupError(`line ${n}: data after the end of the backup`);
    let parsed;
    try {
      parsed = BackupLine.safeParse(JSON.parse(text));
    } catch {
      throw new BackupError(`line ${n} is not JSON: not a Laget backup stream`);
    }
    if (!parsed.success) throw new BackupError(`line ${n} is not a backup line: ${parsed.error.issues[0]?.message}`);
    const value = parsed.data;
    if (!header && !("header" in value)) throw new BackupError("the stream does not start with a backup header: not a Laget backup");
    if ("header" in value) {
      if (header) throw new BackupError(`line ${n}: a second header`);
      header = value.header;
    } else if ("meta" in value) {
      if (files["meta.json"]) throw new BackupError(`line ${n}: a second meta line`);
      const meta = { users: value.meta.users, sessions: [], apiTokens: value.meta.apiTokens, settings: value.meta.settings };
      files["meta.json"] = await writeSynced(join(dir, "meta.json"), JSON.stringify(meta, null, 1) + "\n");
      if (value.meta.release) files["release.json"] = await writeSynced(join(dir, "release.json"), JSON.stringify(value.meta.release, null, 1) + "\n");
      counts.users = meta.users.length;
      counts.apiTokens = meta.apiTokens.length;
    } else if ("case" in value) {
      const doc = value.case;
      const name = `cases/${doc.case.id}.json`;
      if (files[name]) throw new BackupError(`line ${n}: case ${doc.case.id} twice`);
      files[name] = await writeSynced(join(dir, name), JSON.stringify(doc, null, 1) + "\n");
      rounds = new Set(doc.rounds.map((r) => r.id));
      counts.cases += 1;
      counts.members += doc.members.length;
      counts.rounds += doc.rounds.length;
      counts.links += doc.links.length;
    } else if ("answers" in value) {
      const { roundId, sets } = value.answers;
      const name = `answers/${snapshotName(roundId)}`;
      if (!rounds.has(roundId) || files[name]) throw new BackupError(`line ${n}: answers of round ${roundId} outside its case or twice`);
      if (sets.some((s) => s.roundId !== roundId)) throw new BackupError(`line ${n}: an answer set of another round`);
      files[name] = await writeSynced(join(dir, name), sets.map((s) => encodeLine(encodeAnswer(s))).join(""));
      counts.answerSets += sets.length;
      for (const s of sets) counts.ratings += s.ratings.length;
    } else {
      end = value.end.counts;
    }
  }
  if (!header || !end) throw new BackupError(`the backup stream ended early (after ${n} lines): the server stopped or the connection broke`);
  if (countsText(end) !== countsText(counts)) throw new BackupError(`the backup's counts ${countsText(end)} do not match what arrived ${countsText(counts)}`);
  if (!files["meta.json"]) throw new BackupError("the backup has no meta line");
  for (const sub of ["cases", "answers", ""]) await syncDir(join(dir, sub));
  const manifest: BackupManifest = { ...header, counts, files };
  await writeSynced(join(dir, MANIFEST), JSON.stringify(manifest, null, 1) + "\n");
  await syncDir(dir);
  return manifest;
}

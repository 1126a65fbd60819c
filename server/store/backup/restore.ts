// Checks a backup folder (manifest, sizes, SHA-256, a strict load) and restores it into a stopped server's data folder.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename } from "node:fs/promises";
import { join, relative } from "node:path";
import { decodeAnswer } from "../answer-record.ts";
import { writeFileAtomic } from "../durable-json.ts";
import { dataPaths, loadDataDir } from "../file-loader.ts";
import { nodeFs, syncDir } from "../fs-layer.ts";
import { LOCK_FILE, acquireLock } from "../lock.ts";
import { jsonOfLine } from "../record-lines.ts";
import { StoreState } from "../state.ts";
import { StoreCorruptError } from "../types.ts";
import { BackupManifest, MANIFEST, type BackupCounts } from "./format.ts";
import { BackupError } from "./write.ts";

/** Every file under `dir`, as paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** What the store loads from a folder, counted the way the backup counts. */
function countState(state: StoreState): BackupCounts {
  const docs = [...state.caseDocs.values()];
  const sets = [...state.answers.values()].flatMap((m) => [...m.values()]);
  return {
    users: state.meta.users.length,
    apiTokens: state.meta.apiTokens.length,
    cases: docs.length,
    members: docs.reduce((n, d) => n + d.members.length, 0),
    rounds: docs.reduce((n, d) => n + d.rounds.length, 0),
    links: docs.reduce((n, d) => n + d.links.length, 0),
    answerSets: sets.length,
    ratings: sets.reduce((n, line) => n + decodeAnswer(jsonOfLine(line)).ratings.length, 0),
  };
}

/**
 * Checks a backup folder: the manifest is there and lists exactly the files present, each with its size and SHA-256;
 * the files load strictly as a data folder; the counts are the manifest's. Returns the manifest, or throws BackupError.
 */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const text = await readFile(join(dir, MANIFEST), "utf8").catch(() => {
    throw new BackupError(`${dir} has no ${MANIFEST}: not a finished Laget backup`);
  });
  const parsed = BackupManifest.safeParse(JSON.parse(text));
  if (!parsed.success) throw new BackupError(`${join(dir, MANIFEST)} is not a Laget backup manifest (or of a newer version): ${parsed.error.issues[0]?.message}`);
  const manifest = parsed.data;
  const present = (await listFiles(dir)).filter((f) => f !== MANIFEST).sort();
  const listed = Object.keys(manifest.files).sort();
  const extra = present.filter((f) => !manifest.files[f]);
  const missing = listed.filter((f) => !present.includes(f));
  if (extra.length || missing.length) throw new BackupError(`${dir} does not hold the files its manifest lists (missing: ${missing.join(", ") || "none"}; not listed: ${extra.join(", ") || "none"})`);
  for (const name of listed) {
    const bytes = await readFile(join(dir, name));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (bytes.length !== manifest.files[name].bytes || sha256 !== manifest.files[name].sha256) throw new BackupError(`${join(dir, name)} was changed or damaged after the backup (size or SHA-256 differs)`);
  }
  const state = new StoreState();
  try {
    await loadDataDir(nodeFs, dataPaths(dir), state);
  } catch (err) {
    if (err instanceof StoreCorruptError) throw new BackupError(`the backup does not load: ${err.message}`);
    throw err;
  }
  const loaded = countState(state);
  if (JSON.stringify(loaded) !== JSON.stringify(manifest.counts)) throw new BackupError(`the backup loads as ${JSON.stringify(loaded)}, its manifest says ${JSON.stringify(manifest.counts)}`);
  return manifest;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the data folder's earlier contents were moved (with `force`), else undefined. */
  replacedTo?: string;
}

/**
 * Restores the backup in `backupDir` into `dataDir` (created if missing). Takes the data folder's lock, so it refuses
 * while a server runs there. Refuses a data folder that holds data unless `force`; then its contents are moved into
 * `dataDir/replaced-<time>/` (kept until you delete it), never deleted. Each file is written atomically and fsync'd.
 */
export async function restoreBackup(backupDir: string, dataDir: string, options: { force?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  const manifest = await verifyBackup(backupDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const release = await acquireLock(nodeFs, dataDir);
  try {
    const present = (await readdir(dataDir)).filter((n) => n !== LOCK_FILE);
    const holdsData = present.some((n) => n !== "cases" && n !== "answers") || (await listFiles(dataDir)).some((f) => f !== LOCK_FILE);
    let replacedTo: string | undefined;
    if (holdsData) {
      if (!options.force) throw new BackupError(`${dataDir} is not empty; restore into an empty folder, or add --force to move its contents aside`);
      replacedTo = join(dataDir, `replaced-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`);
      await mkdir(replacedTo, { mode: 0o700 });
      for (const name of present) await rename(join(dataDir, name), join(replacedTo, name));
      await syncDir(nodeFs, dataDir);
    }
    for (const sub of ["cases", "answers"]) await mkdir(join(dataDir, sub), { recursive: true, mode: 0o700 });
    for (const name of Object.keys(manifest.files)) await writeFileAtomic(nodeFs, join(dataDir, name), await readFile(join(backupDir, name)));
    await syncDir(nodeFs, dataDir);
    return { manifest, replacedTo };
  } finally {
    await release();
  }
}

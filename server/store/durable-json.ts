// lowdb adapter that writes JSON atomically and durably: temp file + fsync + rename + fsync of the directory.
import { basename, dirname } from "node:path";
import type { Adapter } from "lowdb";
import type { z } from "zod";
import { asStoreError, errorCode, readIfExists, syncDir, writeFully, type StoreFs } from "./fs-layer.ts";
import { StoreCorruptError } from "./types.ts";

/** Writes `data` to `<path>.tmp` (mode 0600) and fsyncs it; returns the temp path, ready to be renamed over `path`. */
export async function writeTempSynced(fs: StoreFs, path: string, data: Uint8Array): Promise<string> {
  const tmp = `${path}.tmp`;
  const file = await fs.open(tmp, "w", 0o600);
  try {
    await writeFully(file, data, 0);
    await file.sync();
  } finally {
    await file.close();
  }
  return tmp;
}

/** Replaces `path` with `data` so that a crash leaves either the old or the new content, never a mix. */
export async function writeFileAtomic(fs: StoreFs, path: string, data: Uint8Array): Promise<void> {
  await fs.rename(await writeTempSynced(fs, path, data), path);
  await syncDir(fs, dirname(path));
}

/** Removes `path` durably (no error if it is already gone). */
export async function unlinkDurable(fs: StoreFs, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (err) {
    if (errorCode(err) !== "ENOENT") throw err;
    return;
  }
  await syncDir(fs, dirname(path));
}

/**
 * A lowdb `Adapter` for one JSON file, checked against a zod schema on read. Reading a missing file gives null;
 * unreadable JSON or a schema mismatch throws StoreCorruptError naming the file; disk errors on write throw
 * StoreUnavailableError. Callers serialise writes per file (one Low instance per file per process).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly fs: StoreFs,
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    /** Write without indentation (large, machine-read files such as the aggregate release). */
    private readonly compact = false,
  ) {}

  async read(): Promise<T | null> {
    const raw = await readIfExists(this.fs, this.path);
    if (raw === undefined) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch (err) {
      throw new StoreCorruptError(this.path, `not valid JSON (${(err as Error).message})`);
    }
    const result = this.schema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StoreCorruptError(this.path, `unexpected content at ${issue?.path.join(".") || "top level"}: ${issue?.message}`);
    }
    return result.data;
  }

  async write(data: T): Promise<void> {
    try {
      await writeFileAtomic(this.fs, this.path, Buffer.from(JSON.stringify(data, null, this.compact ? undefined : 1) + "\n", "utf8"));
    } catch (err) {
      throw asStoreError(err, `writing ${basename(this.path)}`);
    }
  }
}

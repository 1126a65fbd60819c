// The file-system calls the file store uses, behind an interface so tests can inject disk faults (ENOSPC, EIO …).
import { promises as fsp } from "node:fs";
import { StoreUnavailableError } from "./types.ts";

/** An open file: the subset of `fs.promises.FileHandle` the store needs. */
export interface StoreFile {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** The subset of `fs.promises` the store needs. Tests pass a wrapper that fails on demand. */
export interface StoreFs {
  open(path: string, flags: string, mode?: number): Promise<StoreFile>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/** The real file system. */
export const nodeFs: StoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  readdir: (path) => fsp.readdir(path),
};

/** Error codes that mean "the disk refuses writes right now"; they become StoreUnavailableError. */
export const DISK_ERROR_CODES = new Set(["ENOSPC", "EROFS", "EACCES", "EPERM", "EIO", "EDQUOT", "EMFILE", "ENFILE"]);

/** The errno code of a Node error, if any. */
export const errorCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/** Turns disk errors into StoreUnavailableError (other errors pass through unchanged). */
export function asStoreError(err: unknown, action: string): unknown {
  const code = errorCode(err);
  if (code && DISK_ERROR_CODES.has(code)) {
    return new StoreUnavailableError(`Storage unavailable while ${action} (${code}); nothing was saved`, { cause: err });
  }
  return err;
}

/** Writes all of `data` at `position`, looping over short writes. */
export async function writeFully(file: StoreFile, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await file.write(data, done, data.length - done, position + done);
    done += bytesWritten;
  }
}

/** fsyncs a directory so a rename/create/unlink inside it survives a crash. */
export async function syncDir(fs: StoreFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads a file, or returns undefined when it does not exist. */
export async function readIfExists(fs: StoreFs, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return undefined;
    throw err;
  }
}

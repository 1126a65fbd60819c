// A StoreFs that fails every write-side call with a chosen errno while `fault` is set (simulated full/read-only disk).
// Tests run as root, so chmod cannot make a directory read-only for them; injecting the fault is the reliable way.
import { nodeFs, type StoreFile, type StoreFs } from "../../../server/store/fs-layer.ts";

export interface FaultyFs extends StoreFs {
  /** Errno code to fail with (e.g. "ENOSPC", "EROFS", "EIO"), or undefined for a healthy disk. */
  fault: string | undefined;
  /** When true, only fsync fails: data reaches the file but is never made durable (the "fsyncgate" case). */
  syncOnly: boolean;
}

/** Wraps node:fs; reads keep working during a fault, like on a full or read-only disk. */
export function faultyFs(): FaultyFs {
  const fs: FaultyFs = {
    fault: undefined,
    syncOnly: false,
    open: async (path, flags, mode) => {
      if (flags !== "r") checkWrite();
      return wrapFile(await nodeFs.open(path, flags, mode));
    },
    readFile: (path) => nodeFs.readFile(path),
    readdir: (path) => nodeFs.readdir(path),
    rename: async (from, to) => (checkWrite(), nodeFs.rename(from, to)),
    unlink: async (path) => (checkWrite(), nodeFs.unlink(path)),
    mkdir: async (path, options) => (checkWrite(), nodeFs.mkdir(path, options)),
  };
  function check() {
    if (fs.fault) throw Object.assign(new Error(`${fs.fault}: simulated disk fault`), { code: fs.fault });
  }
  function checkWrite() {
    if (!fs.syncOnly) check();
  }
  function wrapFile(file: StoreFile): StoreFile {
    return {
      write: async (...args) => (checkWrite(), file.write(...args)),
      sync: async () => (check(), file.sync()),
      datasync: async () => (check(), file.datasync()),
      truncate: async (length) => (checkWrite(), file.truncate(length)),
      close: () => file.close(),
    };
  }
  return fs;
}

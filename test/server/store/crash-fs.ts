// A StoreFs that "dies" after a chosen number of disk changes: that change and every later one never happen, as with
// kill -9 between two system calls (what was written before stays in the page cache and is seen by the next start).
import { nodeFs, type StoreFile, type StoreFs } from "../../../server/store/fs-layer.ts";

export interface CrashFs extends StoreFs {
  /** Lets `changes` more disk changes through, then refuses every change; undefined = never crash. */
  crashAfter(changes: number | undefined): void;
  /** Whether the simulated process has died. */
  readonly crashed: boolean;
  /** Disk changes made since the last crashAfter. */
  readonly changes: number;
}

/** Wraps node:fs; reads keep working (a dead process reads nothing, and the store's reads change nothing). */
export function crashFs(): CrashFs {
  let budget: number | undefined;
  let changes = 0;
  let crashed = false;
  const change = () => {
    if (crashed || (budget !== undefined && changes >= budget)) {
      crashed = true;
      throw Object.assign(new Error("EIO: simulated crash"), { code: "EIO" });
    }
    changes++;
  };
  const wrapFile = (file: StoreFile): StoreFile => ({
    write: async (...args) => (change(), file.write(...args)),
    sync: async () => (change(), file.sync()),
    datasync: async () => (change(), file.datasync()),
    truncate: async (length) => (change(), file.truncate(length)),
    close: () => file.close(),
  });
  return {
    crashAfter(n) {
      budget = n;
      changes = 0;
      crashed = false;
    },
    get crashed() {
      return crashed;
    },
    get changes() {
      return changes;
    },
    open: async (path, flags, mode) => {
      if (flags !== "r") change();
      return wrapFile(await nodeFs.open(path, flags, mode));
    },
    readFile: (path) => nodeFs.readFile(path),
    readdir: (path) => nodeFs.readdir(path),
    rename: async (from, to) => (change(), nodeFs.rename(from, to)),
    unlink: async (path) => (change(), nodeFs.unlink(path)),
    mkdir: async (path, options) => (change(), nodeFs.mkdir(path, options)),
  };
}

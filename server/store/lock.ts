// Lock file that keeps a second Laget process (or a second open in this one) off the same data directory.
import { join } from "node:path";
import { errorCode, readIfExists, syncDir, writeFully, type StoreFs } from "./fs-layer.ts";

/** Thrown when the data directory is already in use. */
export class StoreLockedError extends Error {
  readonly code = "store_locked";
  constructor(message: string) {
    super(message);
    this.name = "StoreLockedError";
  }
}

export const LOCK_FILE = "laget.lock";
/** Lock files held by stores open in this process. */
const heldLocks = new Set<string>();

/** True when a process with this pid exists (EPERM means it exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === "EPERM";
  }
}

/**
 * Creates `<dataDir>/laget.lock` with O_EXCL holding our pid. A lock left by a dead process (or by an earlier
 * incarnation that had our pid, e.g. pid 1 in a container) is taken over. Returns the function that releases it.
 */
export async function acquireLock(fs: StoreFs, dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  if (heldLocks.has(path)) throw new StoreLockedError(`Data directory ${dataDir} is already open in this process.`);
  for (let attempt = 0; ; attempt++) {
    try {
      const file = await fs.open(path, "wx", 0o600);
      try {
        await writeFully(file, Buffer.from(`${process.pid}\n`), 0);
        await file.sync();
      } finally {
        await file.close();
      }
      await syncDir(fs, dataDir);
      break;
    } catch (err) {
      if (errorCode(err) !== "EEXIST" || attempt > 0) throw err;
      const pid = Number((await readIfExists(fs, path))?.toString().trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new StoreLockedError(
          `Data directory ${dataDir} is in use by another Laget process (pid ${pid}). Stop that process first; ` +
            `if no such process runs, delete ${path}.`,
        );
      }
      await fs.unlink(path).catch(() => undefined); // stale: its owner is gone
    }
  }
  heldLocks.add(path);
  return async () => {
    heldLocks.delete(path);
    await fs.unlink(path).catch(() => undefined);
  };
}

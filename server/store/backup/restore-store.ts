// Restores a checked backup folder into another Store (a PostgreSQL database): loaded as a file store, copied, read back.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openFileStore } from "../file-store.ts";
import { copyStore, type CopyCounts } from "../postgres/copy.ts";
import type { Store } from "../types.ts";
import type { BackupManifest } from "./format.ts";
import { verifyBackup } from "./restore.ts";
import { BackupError } from "./write.ts";

/**
 * Checks the backup in `backupDir` (manifest, sizes, SHA-256, a strict load), opens a private copy of it as a file
 * store and copies everything into `target`, which must be empty (no users, no cases); the copy is then read back
 * and compared with the backup. The backup folder itself is never written to. Throws BackupError when the backup is
 * damaged or the target holds data.
 */
export async function restoreBackupToStore(backupDir: string, target: Store): Promise<{ manifest: BackupManifest; counts: CopyCounts }> {
  const manifest = await verifyBackup(backupDir);
  const work = await mkdtemp(join(tmpdir(), "laget-restore-"));
  try {
    await cp(backupDir, join(work, "data"), { recursive: true });
    const source = await openFileStore(join(work, "data"));
    try {
      if ((await target.listUsers()).length > 0 || (await target.listCases()).length > 0) {
        throw new BackupError("the database is not empty (it has users or cases); restore into a new, empty database");
      }
      return { manifest, counts: await copyStore(source, target) };
    } finally {
      await source.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

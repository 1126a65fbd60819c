// `restore DIR [--force]`: checks a backup folder and restores it into DATA_DIR (the server must be stopped).
import { resolve } from "node:path";
import { BackupError } from "../../server/store/backup/write.ts";
import { restoreBackup, verifyBackup } from "../../server/store/backup/restore.ts";
import { restoreBackupToStore } from "../../server/store/backup/restore-store.ts";
import { StoreLockedError } from "../../server/store/index.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";

export const summary = "restore a backup folder into DATA_DIR or an empty DATABASE_URL (servers stopped; --force moves existing data aside; --check only checks)";

const USAGE =
  "usage: restore DIR [--force] [--check]\n" +
  "Checks the backup (manifest, sizes, SHA-256, a full load), then writes it into DATA_DIR (default ./data).\n" +
  "Stop the server first. A data folder that holds data is refused unless --force, which moves its contents into\n" +
  "DATA_DIR/replaced-<time>/ (delete that folder once the restored installation is checked). --check writes nothing.\n" +
  "With DATABASE_URL set, the backup is restored into that database instead, which must be empty (a new database,\n" +
  "its schema made by the restore); everything is read back and compared with the backup.";

/** Restores into the (empty) database at `url`. */
async function restoreIntoDatabase(backupDir: string, url: string, io: CliIo): Promise<number> {
  let store;
  try {
    store = await openPostgresStore(url, { max: 4 });
  } catch (error) {
    throw new UserError(`cannot open the database in DATABASE_URL: ${(error as Error).message}`, 1);
  }
  try {
    const { manifest: m, counts: c } = await restoreBackupToStore(backupDir, store);
    io.stdout(`restored the backup of ${m.takenAt} into the database in DATABASE_URL: ${c.users} users, ${c.cases} cases, ${c.rounds} rounds, ${c.answerSets} answer sets; read back and compared: identical\n`);
    io.stderr("login sessions are not in a backup: everyone logs in again. Start the servers now.\n");
    return 0;
  } finally {
    await store.close();
  }
}

/** Runs `restore`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("restore", args, {
    force: { type: "boolean" }, check: { type: "boolean" }, help: { type: "boolean", short: "h" },
  });
  if (values.help) return (io.stdout(USAGE + "\n"), 0);
  if (positionals.length !== 1) throw new UserError(`expected one DIR, got ${positionals.length}\n${USAGE}`);
  const backupDir = resolve(positionals[0]);
  const dataDir = resolve(process.env.DATA_DIR ?? "data");
  try {
    if (values.check) {
      const m = await verifyBackup(backupDir);
      io.stdout(`${backupDir}: a whole backup of ${m.takenAt} (Laget ${m.app}): ${m.counts.cases} cases, ${m.counts.answerSets} answer sets\n`);
      return 0;
    }
    if (process.env.DATABASE_URL) {
      if (values.force) throw new UserError("--force is for a data folder; a database restore needs an empty database");
      return await restoreIntoDatabase(backupDir, process.env.DATABASE_URL, io);
    }
    const { manifest: m, replacedTo } = await restoreBackup(backupDir, dataDir, { force: values.force });
    if (replacedTo) io.stdout(`the earlier contents of ${dataDir} are in ${replacedTo}\n`);
    const c = m.counts;
    io.stdout(`restored the backup of ${m.takenAt} into ${dataDir}: ${c.users} users, ${c.cases} cases, ${c.rounds} rounds, ${c.answerSets} answer sets (${c.ratings} ratings)\n`);
    io.stderr("login sessions are not in a backup: everyone logs in again. Start the server now.\n");
    return 0;
  } catch (err) {
    if (err instanceof BackupError) throw new UserError(err.message, 1);
    if (err instanceof StoreLockedError) throw new UserError(`${err.message} A restore needs the server stopped.`, 1);
    throw err;
  }
}

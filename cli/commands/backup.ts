// `backup DIR`: a consistent copy of the whole store into a new folder, through the running server or, when none runs, directly.
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { backupStream } from "../../server/services/backup/index.ts";
import { BackupError, writeBackup } from "../../server/store/backup/write.ts";
import type { BackupManifest } from "../../server/store/backup/format.ts";
import { StoreCorruptError, StoreLockedError, openFileStore, type Store } from "../../server/store/index.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";

export const summary = "back up the whole store into a new folder, while the server runs (through its API) or stopped";

const USAGE =
  "usage: backup DIR [--url URL]\n" +
  "DIR must be new or empty. With the server running on DATA_DIR, the backup goes through its API: LAGET_TOKEN must hold an\n" +
  "admin's API token (npm run cli -- token create), the address is --url, LAGET_URL or http://127.0.0.1:$PORT (3000).\n" +
  "With the server stopped, the data folder is read directly. With DATABASE_URL set, the database is read directly, in one\n" +
  "consistent snapshot, while the servers keep running.";

/** The lines of the server's answer to POST /api/admin/backup. */
async function* serverLines(url: string, token: string): AsyncGenerator<string> {
  let res: Response;
  try {
    res = await fetch(`${url.replace(/\/+$/, "")}/api/admin/backup`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
  } catch (err) {
    throw new UserError(`cannot reach the server at ${url} (${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}); set --url or LAGET_URL`, 1);
  }
  if (res.status !== 200 || !res.body) {
    const text = await res.text();
    const message = /"message":"([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 200);
    throw new UserError(`the server refused the backup: ${res.status} ${message}`, 1);
  }
  yield* createInterface({ input: Readable.fromWeb(res.body as WebReadableStream), crlfDelay: Infinity });
}

/** The store in DATA_DIR when no server holds it; undefined when one does. */
async function openIfFree(dataDir: string): Promise<Store | undefined> {
  try {
    return await openFileStore(dataDir);
  } catch (error) {
    if (error instanceof StoreLockedError) return undefined;
    if (error instanceof StoreCorruptError) throw new UserError(error.message, 1);
    throw error;
  }
}

/** The PostgreSQL store in DATABASE_URL (any number of readers may share it with running servers). */
async function openDatabase(url: string): Promise<Store> {
  try {
    return await openPostgresStore(url, { max: 2 });
  } catch (error) {
    throw new UserError(`cannot open the database in DATABASE_URL: ${(error as Error).message}`, 1);
  }
}

/** Writes the backup; BackupError (incomplete stream, folder not empty) becomes a UserError. */
async function write(dir: string, lines: AsyncIterable<string>): Promise<BackupManifest> {
  try {
    return await writeBackup(dir, lines);
  } catch (err) {
    if (err instanceof BackupError) throw new UserError(err.message, 1);
    throw err;
  }
}

/** Runs `backup`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("backup", args, { url: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return (io.stdout(USAGE + "\n"), 0);
  if (positionals.length !== 1) throw new UserError(`expected one DIR, got ${positionals.length}\n${USAGE}`);
  const dir = resolve(positionals[0]);
  const env = process.env;
  const explicitUrl = values.url ?? env.LAGET_URL;
  const database = explicitUrl ? undefined : env.DATABASE_URL;
  const store = explicitUrl ? undefined : database ? await openDatabase(database) : await openIfFree(resolve(env.DATA_DIR ?? "data"));
  let manifest: BackupManifest;
  let via: string;
  if (store) {
    via = database ? "the database in DATABASE_URL" : "the data folder (no server running)";
    try {
      manifest = await write(dir, backupStream({ store, now: () => new Date(), baseUrl: DEFAULT_CONFIG.baseUrl }));
    } finally {
      await store.close();
    }
  } else {
    const url = explicitUrl ?? `http://127.0.0.1:${env.PORT ?? 3000}`;
    const token = env.LAGET_TOKEN;
    if (!token) throw new UserError(`a server runs on the data folder, so the backup goes through it: set LAGET_TOKEN to an admin's API token\n${USAGE}`);
    via = `the server at ${url}`;
    manifest = await write(dir, serverLines(url, token));
  }
  const c = manifest.counts;
  io.stdout(`backup of ${manifest.takenAt} written to ${dir} from ${via}\n`);
  io.stdout(`  ${c.users} users, ${c.cases} cases, ${c.rounds} rounds, ${c.members} members, ${c.links} links, ${c.answerSets} answer sets (${c.ratings} ratings)\n`);
  return 0;
}

// Shared by the user, token and import commands: open the database in DATABASE_URL, else the store in DATA_DIR (default ./data).
import { resolve } from "node:path";
import { LagetError } from "../../domain/index.ts";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { personOf, type AuditSource } from "../../server/services/audit/record.ts";
import { LOCAL_ADMIN, type ServiceContext } from "../../server/services/context.ts";
import { StoreCorruptError, StoreLockedError, openFileStore, type Store } from "../../server/store/index.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import { UserError } from "../command.ts";

/** The command line in the audit log: the local admin (whoever owns the data folder), address "cli". */
export const CLI_AUDIT: AuditSource = { actor: personOf(LOCAL_ADMIN), ip: "cli" };

/** Runs `fn` with the store open (as a service context) and always closes it; lock or damage problems become a UserError. */
export async function withStore<T>(fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  const dir = resolve(process.env.DATA_DIR ?? "data");
  let store: Store;
  try {
    store = url ? await openPostgresStore(url, { max: 2 }) : await openFileStore(dir);
  } catch (error) {
    if (error instanceof StoreLockedError || error instanceof StoreCorruptError) throw new UserError(error.message, 1);
    if (url) throw new UserError(`cannot open the database in DATABASE_URL: ${(error as Error).message}`, 1);
    throw error;
  }
  try {
    return await fn({ store, now: () => new Date(), baseUrl: process.env.BASE_URL ?? DEFAULT_CONFIG.baseUrl });
  } finally {
    await store.close();
  }
}

/** Input problems named by the command's flags, one `--field: message` per issue; other errors pass unchanged. */
export function explain(error: unknown): never {
  if (error instanceof LagetError && error.code === "invalid_input" && error.issues) {
    throw new UserError(error.issues.map((i) => `--${i.path || "input"}: ${i.message}`).join("; "));
  }
  throw error;
}

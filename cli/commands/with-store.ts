// Shared by the user, token and import commands: open the durable store in DATA_DIR (default ./data) for one command.
import { resolve } from "node:path";
import { z } from "zod";
import { StoreCorruptError, StoreLockedError, openFileStore, type Store } from "../../server/store/index.ts";
import { UserError } from "../command.ts";

/** Runs `fn` with the store open and always closes it; lock or damage problems become a UserError. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const dir = resolve(process.env.DATA_DIR ?? "data");
  let store: Store;
  try {
    store = await openFileStore(dir);
  } catch (error) {
    if (error instanceof StoreLockedError || error instanceof StoreCorruptError) throw new UserError(error.message, 1);
    throw error;
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** zod problems as one readable line per field. */
export function explain(error: unknown): never {
  if (error instanceof z.ZodError) {
    throw new UserError(error.issues.map((i) => `--${i.path.join(".") || "input"}: ${i.message}`).join("; "));
  }
  throw error;
}

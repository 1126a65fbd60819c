// In-memory store for tests: same validation and behaviour as the file store, nothing written to disk.
import { createMemoryAuditLog } from "./audit/memory.ts";
import { memoryPersistence } from "./persistence.ts";
import { StoreState } from "./state.ts";
import { createStateStore } from "./state-store.ts";
import type { Store } from "./types.ts";

/** A fresh, empty store that lives only in this process. Reads return copies. */
export function createMemoryStore(): Store {
  return createStateStore(new StoreState(), memoryPersistence, createMemoryAuditLog());
}

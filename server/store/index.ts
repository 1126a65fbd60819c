// Public entry of the store package: the interface, the errors and both backends.
export * from "./types.ts";
export { createMemoryStore } from "./memory.ts";
export { openFileStore, type FileStoreOptions } from "./file-store.ts";
export { StoreLockedError } from "./lock.ts";
export type { StoreFs, StoreFile } from "./fs-layer.ts";

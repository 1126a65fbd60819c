// The durability hooks a backend plugs into the shared state store (no-ops for memory, files for the file store).
import type { StoredRelease } from "../../domain/release.ts";
import type { CaseDoc, MetaDoc } from "./docs.ts";

/** How a backend makes a change durable before the shared state applies it. */
export interface Persistence {
  /** Durably replaces the meta document. */
  writeMeta(meta: MetaDoc): Promise<void>;
  /** Durably replaces the aggregate release (its own file: it is large and changes rarely). */
  writeRelease(release: StoredRelease): Promise<void>;
  /** Durably replaces a case document, or deletes it when `doc` is null (its rounds' answers go with {@link eraseRounds}). */
  writeCase(caseId: string, doc: CaseDoc | null): Promise<void>;
  /**
   * Removes every stored byte of these rounds' answers (called after their case or round left the state, so no new
   * answer of theirs is accepted); resolves once that is durable.
   */
  eraseRounds(roundIds: string[]): Promise<void>;
  /**
   * Durably appends an answer set of round `roundId`, given as its encoded record line. `onDurable` is called synchronously, in
   * append order, once the record is on disk and before the promise resolves, so the latest write per
   * (round, member) wins in memory as on disk.
   */
  appendAnswer(roundId: string, line: string, onDurable: () => void): Promise<void>;
  /** Flushes and releases files and locks. */
  close(): Promise<void>;
}

/** Persistence that keeps nothing (the memory store). */
export const memoryPersistence: Persistence = {
  writeMeta: async () => {},
  writeRelease: async () => {},
  writeCase: async () => {},
  eraseRounds: async () => {},
  appendAnswer: async (_roundId, _line, onDurable) => onDurable(),
  close: async () => {},
};

// A consistent, point-in-time copy of a whole store, read while the store keeps serving (for backups).
import type { Action, AnswerSet, ApiToken, Case, Delivery, Link, Member, PairScore, Round, Settings, User } from "../../domain/index.ts";
import type { StoredRelease } from "../../domain/release.ts";

/** One case as it was at the snapshot's moment, with the answer sets of all its rounds. */
export interface SnapshotCase {
  case: Case;
  members: Member[];
  rounds: Round[];
  links: Link[];
  /** Pair scores of imported rounds, by round id. */
  pairScores: Record<string, PairScore[]>;
  /** Actions agreed in the case's meetings, in the order first stored. */
  actions: Action[];
  /** Mail attempts of the case's rounds, in the order stored (absent when there are none). */
  deliveries?: Delivery[];
  answers: AnswerSet[];
}

/**
 * Everything a store holds at one moment except login sessions (a restored installation has no live login; users
 * log in again). Every change acknowledged before `Store.snapshot()` was called is in it, no change made after is,
 * and no answer set is ever half in it. The cases are read lazily, in listing order, from that same moment.
 */
export interface StoreSnapshot {
  users: User[];
  apiTokens: ApiToken[];
  settings: Settings;
  /** The published aggregate release (frozen), undefined before the first publication. */
  aggregateRelease: StoredRelease | undefined;
  caseCount: number;
  cases(): AsyncIterable<SnapshotCase>;
  /** Ends the snapshot (a database backend ends its read transaction); call it when done, also after a failure. */
  release(): Promise<void>;
}

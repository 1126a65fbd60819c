// The storage interface every backend implements (memory for tests, durable files by default, PostgreSQL later).
import type { Action, AnswerSet, ApiToken, AuditDraft, AuditEntry, AuditQuery, AuditRecord, AuditSegment, Case, Delivery, Link, Member, PairScore, Round, Session, Settings, SettingsInput, User } from "../../domain/index.ts";
import type { StoredRelease } from "../../domain/release.ts";
import type { StoreSnapshot } from "./snapshot.ts";

export type { SnapshotCase, StoreSnapshot } from "./snapshot.ts";

/**
 * All methods are async so a database backend can take the memory/file backends' place.
 * Writes resolve only once the change is durable (fsync'd) in durable backends.
 * Methods return plain copies; callers never mutate stored objects.
 */
export interface Store {
  // users, sessions, API tokens
  listUsers(): Promise<User[]>;
  getUser(id: string): Promise<User | undefined>;
  getUserByEmail(email: string): Promise<User | undefined>;
  putUser(user: User): Promise<void>;
  putSession(session: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | undefined>;
  deleteSession(idHash: string): Promise<void>;
  putApiToken(token: ApiToken): Promise<void>;
  getApiTokenByHash(tokenHash: string): Promise<ApiToken | undefined>;
  listApiTokens(userId: string): Promise<ApiToken[]>;
  deleteApiToken(id: string): Promise<void>;
  /** Records that the session was used at `at` (the idle timeout counts from there). */
  touchSession(idHash: string, at: string): Promise<void>;
  /**
   * In one write: stores `user` when given, and deletes every session (but `keepSession`, a session id hash)
   * and every API token of the user. Answers how many were ended.
   */
  endUserAccess(userId: string, options?: { user?: User; keepSession?: string }): Promise<EndedAccess>;
  /** Deletes the user with every session and API token (audit entries about them stay). */
  deleteUser(id: string): Promise<EndedAccess>;

  // cases and members
  listCases(): Promise<Case[]>;
  getCase(id: string): Promise<Case | undefined>;
  putCase(c: Case): Promise<void>;
  /**
   * Removes the case with its members, rounds, links, pair scores and answers. Resolves once none of it is left in
   * the store's files (the file store rewrites the answer files that held it) or tables (one transaction).
   */
  deleteCase(id: string): Promise<void>;
  listMembers(caseId: string): Promise<Member[]>;
  putMember(m: Member): Promise<void>;
  deleteMember(caseId: string, memberId: string): Promise<void>;

  // rounds and links
  listRounds(caseId: string): Promise<Round[]>;
  getRound(id: string): Promise<Round | undefined>;
  putRound(r: Round): Promise<void>;
  /** Removes a round with its links, pair scores, answers and actions, erased like a deleted case's (rolls back a failed import). */
  deleteRound(id: string): Promise<void>;
  /** Replaces the member's link in that round (re-issue makes the old token stop working). */
  putLink(link: Link): Promise<void>;
  /** The current link with this token hash; a replaced (re-issued) or deleted link is no longer found. */
  getLinkByHash(tokenHash: string): Promise<Link | undefined>;
  listLinks(roundId: string): Promise<Link[]>;
  /**
   * Records one attempt to mail a member of the round. Kept per round and member: every accepted one, and the
   * newest {@link MAX_FAILED_DELIVERIES} failed ones (a mail server that keeps refusing cannot grow the store).
   */
  putDelivery(delivery: Delivery): Promise<void>;
  /** The round's mail attempts, oldest first. */
  listDeliveries(roundId: string): Promise<Delivery[]>;
  /** Optional, for large installations (PostgreSQL): the rounds of many cases in one call, each case's in listRounds order. */
  listRoundsOfCases?(caseIds: string[]): Promise<Round[]>;
  /**
   * Optional, for large installations (PostgreSQL): `compute(round, reader)` for each round, reusing the value stored
   * under `key` for a round whose data (the round, its case's members, its answers and pair scores) is unchanged
   * since, on any instance, and storing new ones. `reader` reads like the store, with each round's data fetched in
   * bulk. Values must be plain JSON; `compute` should return, not throw. `key` names what is derived and by which
   * code, so a changed analysis never reads an old value.
   */
  derivePerRound?<T>(key: string, rounds: Round[], compute: (round: Round, reader: Store) => Promise<T>): Promise<Map<string, T>>;
  /**
   * Optional, for backends whose deletions leave bytes in their files (PostgreSQL: dead rows stay in table and index
   * files until rewritten): rewrites those files from the live data. The file store needs none (it erases on delete).
   */
  purgeDeleted?(): Promise<void>;

  // answers
  /**
   * Replaces the respondent's answer set; resolves once durable. The set is trusted as typed: the caller validated
   * it at its boundary (the HTTP routes with the domain schema); the store only refuses an unknown round.
   */
  putAnswer(answer: AnswerSet): Promise<void>;
  getAnswer(roundId: string, memberId: string): Promise<AnswerSet | undefined>;
  listAnswers(roundId: string): Promise<AnswerSet[]>;
  /** Pair scores of an imported round (replaces any earlier set). */
  putPairScores(roundId: string, scores: PairScore[]): Promise<void>;
  getPairScores(roundId: string): Promise<PairScore[]>;

  // actions agreed in meetings
  /** The case's actions, in the order they were first stored. */
  listActions(caseId: string): Promise<Action[]>;
  /** Adds an action or replaces the one with its id; refuses an unknown case, or a round that is not the case's. */
  putAction(action: Action): Promise<void>;

  // settings (stored with the users in meta)
  getSettings(): Promise<Settings>;
  putSettings(settings: SettingsInput): Promise<void>;

  // aggregate releases (what every aggregate view and export is served from)
  /** The latest published release with its links and the publication history; undefined before the first. */
  getRelease(): Promise<StoredRelease | undefined>;
  /** Replaces the stored release; resolves once durable. The store keeps `release` itself, deep-frozen (not a copy). */
  putRelease(release: StoredRelease): Promise<void>;
  /**
   * A consistent copy of everything stored but sessions, taken at the moment of the call without stopping writes
   * (online backup): every acknowledged change before it, none after, never half an answer set.
   */
  snapshot(): Promise<StoreSnapshot>;

  // audit log (append-only, hash-chained; see domain/audit-chain.ts)
  /** Numbers the draft, chains it to the last entry (sealAudit) and appends it; resolves once durable. */
  appendAudit(draft: AuditDraft): Promise<AuditEntry>;
  /** Entries matching the query, newest first. */
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
  /** Every stored record, oldest first, as stored (for verification: a damaged record is yielded, not thrown). */
  readAudit(): AsyncIterable<AuditRecord>;
  /** The months the log holds, oldest first. */
  auditSegments(): Promise<AuditSegment[]>;
  /** Removes the oldest month of the log; refuses any other month (the chain stays one piece). */
  dropAuditSegment(month: string): Promise<void>;

  /** Flushes pending writes and releases locks/files. */
  close(): Promise<void>;
}

/** Failed mail attempts kept per round and member (accepted ones are bounded by the reminder limits). */
export const MAX_FAILED_DELIVERIES = 10;

/** How many sessions and API tokens an account change ended. */
export interface EndedAccess {
  sessions: number;
  apiTokens: number;
}

/** Thrown by durable backends when the disk refuses a write (full, read-only, permission). HTTP maps it to 503. */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

/** Thrown at start-up when a data file is damaged; names the file. */
export class StoreCorruptError extends Error {
  readonly code = "store_corrupt";
  constructor(readonly file: string, detail: string) {
    super(`Data file ${file} is damaged: ${detail}. Laget will not start until it is repaired or restored from backup.`);
    this.name = "StoreCorruptError";
  }
}

// In-memory indexes shared by every backend: documents are replaced whole (never mutated) and answers are kept as JSON text.
import type { ApiToken, Link, Round, Session, User } from "../../domain/index.ts";
import type { StoredRelease } from "../../domain/release.ts";
import { emptyMeta, type CaseDoc, type MetaDoc } from "./docs.ts";

/**
 * The store's whole state in memory. Meta and case documents are immutable values: a write builds the next
 * document, makes it durable, then swaps it in with {@link setMeta}/{@link setCaseDoc}, which rebuild the indexes.
 * Answer sets are held as their record line, checksummed JSON text: compact, and every read parses a fresh copy.
 */
export class StoreState {
  meta: MetaDoc = emptyMeta();
  /** The aggregate release, replaced whole like the documents. */
  release: StoredRelease | undefined = undefined;
  readonly usersById = new Map<string, User>();
  readonly usersByEmail = new Map<string, User>();
  readonly sessionsByHash = new Map<string, Session>();
  readonly apiTokensByHash = new Map<string, ApiToken>();
  readonly caseDocs = new Map<string, CaseDoc>();
  readonly roundsById = new Map<string, Round>();
  /** round id → case id */
  readonly caseOfRound = new Map<string, string>();
  readonly linksByHash = new Map<string, Link>();
  /** round id → member id → AnswerSet as an encoded record line (see record-lines.ts) */
  readonly answers = new Map<string, Map<string, string>>();

  /** Swaps in a new meta document and rebuilds its indexes. */
  setMeta(meta: MetaDoc): void {
    this.meta = meta;
    this.usersById.clear();
    this.usersByEmail.clear();
    this.sessionsByHash.clear();
    this.apiTokensByHash.clear();
    for (const u of meta.users) {
      this.usersById.set(u.id, u);
      this.usersByEmail.set(u.email, u);
    }
    for (const s of meta.sessions) this.sessionsByHash.set(s.idHash, s);
    for (const t of meta.apiTokens) this.apiTokensByHash.set(t.tokenHash, t);
  }

  /** Swaps in a case document (or removes the case when `doc` is null) and re-indexes its rounds and links. */
  setCaseDoc(caseId: string, doc: CaseDoc | null): void {
    const old = this.caseDocs.get(caseId);
    const keptRounds = new Set(doc?.rounds.map((r) => r.id) ?? []);
    for (const r of old?.rounds ?? []) {
      this.roundsById.delete(r.id);
      this.caseOfRound.delete(r.id);
      if (!keptRounds.has(r.id)) this.answers.delete(r.id);
    }
    for (const l of old?.links ?? []) this.linksByHash.delete(l.tokenHash);
    if (!doc) {
      this.caseDocs.delete(caseId);
      return;
    }
    this.caseDocs.set(caseId, doc);
    for (const r of doc.rounds) {
      this.roundsById.set(r.id, r);
      this.caseOfRound.set(r.id, caseId);
    }
    for (const l of doc.links) this.linksByHash.set(l.tokenHash, l);
  }

  /** Records an answer set as its encoded record line (latest wins per round and member). */
  setAnswer(roundId: string, memberId: string, line: string): void {
    let byMember = this.answers.get(roundId);
    if (!byMember) this.answers.set(roundId, (byMember = new Map()));
    byMember.set(memberId, line);
  }

  /** The case document that owns a round, if the round exists. */
  caseDocOfRound(roundId: string): CaseDoc | undefined {
    const caseId = this.caseOfRound.get(roundId);
    return caseId === undefined ? undefined : this.caseDocs.get(caseId);
  }
}

// The audit log's hash chain: each entry's SHA-256 over its canonical JSON (RFC 8785), the previous entry's hash inside.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { AuditEntry, type AuditDraft } from "./audit.ts";

/** The `prevHash` of the very first entry. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * hash(e) = hex(SHA-256(UTF-8(JCS(e without `hash`)))), where JCS is the JSON Canonicalization Scheme
 * (RFC 8785: sorted keys, no whitespace, fixed number and string forms), so any tool can recompute it.
 */
export function auditHash(entry: Omit<AuditEntry, "hash">): string {
  const { hash: _drop, ...rest } = entry as AuditEntry;
  const text = canonicalize(rest);
  if (text === undefined) throw new Error("audit entry cannot be encoded");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The log's last entry as far as chaining is concerned. */
export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
}

/**
 * Numbers a draft after `head` and chains it: seq = head.seq + 1, prevHash = head.hash, and `at` never
 * earlier than the head's (a clock that steps back cannot reorder the log).
 */
export function sealAudit(draft: AuditDraft, head: AuditHead | undefined): AuditEntry {
  const at = head && Date.parse(draft.at) < Date.parse(head.at) ? head.at : draft.at;
  const body = { ...draft, at, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
  return AuditEntry.parse({ ...body, hash: auditHash(body) });
}

/** The first entry that breaks the chain, and why. */
export interface ChainBreak {
  where: string;
  seq: number | null;
  reason: string;
}

/** What a verification found: the number of entries, the last one, and the first break (null when intact). */
export interface ChainReport {
  count: number;
  head: { seq: number; hash: string } | null;
  firstBad: ChainBreak | null;
}

/**
 * Checks a log read oldest first, record by record: each entry must parse, carry its own hash, follow the
 * previous one (seq + 1, prevHash = its hash, `at` not earlier). The first kept entry must start the chain
 * (seq 1 after the genesis hash) or be the one an `audit.trim` entry in the log names as the cut
 * (`throughSeq`, `throughHash`): trimming removes whole months and records where it cut before it does.
 */
export class AuditChainChecker {
  private count = 0;
  private last: AuditEntry | undefined;
  private first: { where: string; entry: AuditEntry } | undefined;
  private readonly cuts = new Set<string>();
  private bad: ChainBreak | null = null;

  /** Adds the next record; returns false once the chain is broken (later records are not looked at). */
  add(where: string, value: unknown): boolean {
    if (this.bad) return false;
    const parsed = AuditEntry.safeParse(value);
    const seq = typeof (value as { seq?: unknown })?.seq === "number" ? (value as { seq: number }).seq : null;
    if (!parsed.success) return this.fail(where, seq, value === undefined ? "the record is damaged or unreadable" : "the entry does not have the entry's shape");
    const e = parsed.data;
    if (auditHash(e) !== e.hash) return this.fail(where, e.seq, "the entry was changed: its hash does not match its content");
    if (this.last) {
      if (e.seq !== this.last.seq + 1) return this.fail(where, e.seq, `expected entry ${this.last.seq + 1}: an entry is missing or out of order`);
      if (e.prevHash !== this.last.hash) return this.fail(where, e.seq, "the previous entry's hash does not match: an entry before it was removed or changed");
      if (Date.parse(e.at) < Date.parse(this.last.at)) return this.fail(where, e.seq, "the entry is older than the one before it");
    } else {
      this.first = { where, entry: e };
    }
    if (e.action === "audit.trim" && typeof e.detail?.throughSeq === "number" && typeof e.detail.throughHash === "string") {
      this.cuts.add(`${e.detail.throughSeq} ${e.detail.throughHash}`);
    }
    this.count += 1;
    this.last = e;
    return true;
  }

  private fail(where: string, seq: number | null, reason: string): false {
    this.bad = { where, seq, reason };
    return false;
  }

  /** The verdict once every record was added. */
  report(): ChainReport {
    let firstBad = this.bad;
    const first = this.first;
    if (!firstBad && first) {
      const genesis = first.entry.seq === 1 && first.entry.prevHash === GENESIS_HASH;
      const cut = this.cuts.has(`${first.entry.seq - 1} ${first.entry.prevHash}`);
      if (!genesis && !cut) firstBad = { where: first.where, seq: first.entry.seq, reason: "the log does not start at entry 1 and no trim entry names this cut: earlier entries were removed" };
    }
    return { count: this.count, head: this.last ? { seq: this.last.seq, hash: this.last.hash } : null, firstBad };
  }
}

/** Verifies a whole log read oldest first. */
export async function verifyAuditRecords(records: AsyncIterable<{ where: string; value: unknown }> | Iterable<{ where: string; value: unknown }>): Promise<ChainReport> {
  const checker = new AuditChainChecker();
  for await (const r of records) if (!checker.add(r.where, r.value)) break;
  return checker.report();
}

// The audit part of the Store every backend provides, and helpers they share (month of an entry, segment summaries).
import type { AuditEntry, AuditSegment } from "../../../domain/index.ts";
import type { Store } from "../types.ts";

/** The audit log of one backend: the Store's audit methods plus closing. */
export type AuditLog = Pick<Store, "appendAudit" | "listAudit" | "readAudit" | "auditSegments" | "dropAuditSegment"> & {
  close(): Promise<void>;
};

/** "YYYY-MM" (UTC) of a timestamp: the month (segment) an entry belongs to. */
export function monthOf(at: string): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** Summaries of a chain read oldest first, one per month. */
export function segmentsOf(entries: Iterable<AuditEntry>): AuditSegment[] {
  const out: AuditSegment[] = [];
  for (const e of entries) {
    const month = monthOf(e.at);
    const last = out.at(-1);
    if (last?.month === month) Object.assign(last, { lastSeq: e.seq, lastHash: e.hash });
    else out.push({ month, firstSeq: e.seq, lastSeq: e.seq, lastHash: e.hash });
  }
  return out;
}

/** Refuses to drop anything but the oldest month, and never the month holding the newest entry (the chain's head). */
export function assertDroppable(segments: AuditSegment[], month: string): void {
  if (segments.length === 0 || segments[0].month !== month) throw new Error(`Only the oldest month of the audit log can be removed, not ${month}`);
  if (segments.length === 1) throw new Error("The month holding the newest audit entry cannot be removed");
}

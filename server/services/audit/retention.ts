// Retention of the audit log: whole months older than the retention period are removed, each cut recorded in the chain first.
import type { ServiceContext } from "../context.ts";
import { recordAudit, type AuditSource } from "./record.ts";

/** Default retention: 60 months (5 years); 0 keeps the log as long as the installation. */
export const DEFAULT_AUDIT_RETENTION_MONTHS = 60;

/** The trimming itself runs as the installation, not as a person. */
const SYSTEM: AuditSource = { actor: { id: null, email: null }, ip: "system" };

/** "YYYY-MM" of the first month that is kept at `now` (every month before it ended more than `months` months ago). */
export function firstKeptMonth(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * Removes each month older than the retention, oldest first. Before a month goes, an `audit.trim` entry
 * records the cut (`throughSeq`, `throughHash`: the month's last entry), so verification accepts a log
 * that starts right after it and nothing else. The month holding the newest entry always stays.
 * Returns the months removed.
 */
export async function trimAuditLog(ctx: Pick<ServiceContext, "store" | "now">, retentionMonths: number): Promise<string[]> {
  if (retentionMonths <= 0) return [];
  const keepFrom = firstKeptMonth(ctx.now(), retentionMonths);
  const removed: string[] = [];
  for (;;) {
    const segments = await ctx.store.auditSegments();
    const oldest = segments[0];
    if (!oldest || segments.length < 2 || oldest.month >= keepFrom) return removed;
    await recordAudit(ctx, SYSTEM, {
      action: "audit.trim",
      detail: { month: oldest.month, throughSeq: oldest.lastSeq, throughHash: oldest.lastHash, retentionMonths },
    });
    await ctx.store.dropAuditSegment(oldest.month);
    removed.push(oldest.month);
  }
}

// Reading the audit log: a page of entries newest first with the cursor of the next page, and the whole filtered log as a file.
import { csvText } from "../../../analysis/export/text.ts";
import { tooLarge, type AuditEntry, type AuditFilter, type AuditQuery } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import type { ExportDownload } from "../exports/exports.ts";

/** At most this many entries go into one export; a larger log is exported a period at a time. */
export const AUDIT_EXPORT_MAX = 100_000;

/** A page of entries (newest first) and `next`, the `before` of the following page, or null at the end. */
export async function listAuditEntries(ctx: Pick<ServiceContext, "store">, query: AuditQuery): Promise<{ entries: AuditEntry[]; next: number | null }> {
  const entries = await ctx.store.listAudit(query);
  const last = entries.at(-1);
  return { entries, next: entries.length === query.limit && last && last.seq > 1 ? last.seq : null };
}

const COLUMNS = ["seq", "at", "action", "actor_id", "actor_email", "ip", "case_id", "round_id", "target_id", "target_email", "detail", "prev_hash", "hash"];

/** One CSV row per entry; text cells go through the project's CSV writer, which neutralises formulas. */
function csvRows(entries: AuditEntry[]): (string | number)[][] {
  return entries.map((e) => [
    e.seq, e.at, e.action, e.actor.id ?? "", e.actor.email ?? "", e.ip, e.caseId ?? "", e.roundId ?? "",
    e.target?.id ?? "", e.target?.email ?? "", e.detail ? JSON.stringify(e.detail) : "", e.prevHash, e.hash,
  ]);
}

/** The filtered log, oldest first, as CSV (UTF-8, comma, LF) or JSON (`{ entries }`); 413 past AUDIT_EXPORT_MAX entries. */
export async function exportAuditLog(ctx: Pick<ServiceContext, "store" | "now">, filter: AuditFilter, format: "csv" | "json"): Promise<ExportDownload> {
  const entries = await ctx.store.listAudit({ ...filter, limit: AUDIT_EXPORT_MAX + 1 });
  if (entries.length > AUDIT_EXPORT_MAX) {
    throw tooLarge("audit_export_too_large", `More than ${AUDIT_EXPORT_MAX} entries match; export a shorter period (from, to)`);
  }
  entries.reverse();
  const stamp = ctx.now().toISOString().slice(0, 10);
  const fileName = `laget_revisjonslogg_${stamp}.${format}`;
  if (format === "json") {
    return { file: { body: JSON.stringify({ entries }, null, 1) + "\n", mime: "application/json; charset=utf-8", extension: "json" }, fileName };
  }
  return { file: { body: csvText([COLUMNS, ...csvRows(entries)], ",", "\n"), mime: "text/csv; charset=utf-8", extension: "csv" }, fileName };
}

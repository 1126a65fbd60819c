// The audit log's entries: who did what, when, to which case or user, from which address — never a secret.
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";

/**
 * Every action the audit log records, one name each. Views and exports of single cases, logins and
 * account changes, and the log's own reading and trimming.
 */
export const AuditAction = z.enum([
  "auth.login",
  "auth.login_failed",
  "auth.sso_login",
  "auth.sso_refused",
  "auth.logout",
  "account.password",
  "case.view",
  "case.delete",
  "member.delete",
  "round.view",
  "round.analysis",
  "round.family",
  "round.status",
  "round.open",
  "round.close",
  "round.reopen",
  "link.reissue",
  "export.round",
  "export.case",
  "import.file",
  "import.scores",
  "aggregate.view",
  "aggregate.export",
  "aggregate.publish",
  "user.create",
  "user.rename",
  "user.role",
  "user.districts",
  "user.disable",
  "user.enable",
  "user.password_reset",
  "user.delete",
  "token.create",
  "token.revoke",
  "settings.change",
  "audit.view",
  "audit.export",
  "audit.trim",
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** A person as the entry saw them: the user id and the e-mail at the time (both null when nobody was logged in). */
export const AuditPerson = z.object({ id: z.string().max(64).nullable(), email: z.string().max(200).nullable() });
export type AuditPerson = z.infer<typeof AuditPerson>;

/** Extra facts of an entry (export format, dry run, changed setting …): short scalar values only, never a secret. */
export const AuditDetail = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/),
  z.union([z.string().max(300), z.number(), z.boolean(), z.null()]),
);
export type AuditDetail = z.infer<typeof AuditDetail>;

/** What the recorder hands to the store; the store numbers it and chains it to the entry before. */
export const AuditDraft = z.object({
  at: Timestamp,
  actor: AuditPerson,
  action: AuditAction,
  /** The client address as the rate limiter sees it ("cli" for the command line). */
  ip: z.string().max(100),
  caseId: Id.optional(),
  roundId: Id.optional(),
  /** The user an account action was about (with the e-mail at the time). */
  target: AuditPerson.optional(),
  detail: AuditDetail.optional(),
});
export type AuditDraft = z.infer<typeof AuditDraft>;

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** A stored entry: numbered from 1, chained by SHA-256 to the entry before (see domain/audit-chain.ts). */
export const AuditEntry = AuditDraft.extend({
  seq: z.number().int().min(1),
  prevHash: Hash,
  hash: Hash,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Filters of the audit log (GET /api/audit, its export and the store's listAudit). */
export const AuditFilter = z.object({
  caseId: Id.optional(),
  /** Entries by this user or about this user. */
  userId: Id.optional(),
  action: AuditAction.optional(),
  /** From this moment on (inclusive). */
  from: Timestamp.optional(),
  /** Before this moment (exclusive). */
  to: Timestamp.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** A page of the log, newest first: entries with `seq` below `before` (all when absent), at most `limit`. */
export const AuditQuery = AuditFilter.extend({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One month of the log as the store keeps it (the unit of trimming). */
export interface AuditSegment {
  /** "YYYY-MM" (UTC) of the entries' `at`. */
  month: string;
  firstSeq: number;
  lastSeq: number;
  /** The hash of the segment's last entry: the anchor the next entry chains to. */
  lastHash: string;
}

/** One stored record as read back for verification: where it is and what it holds (undefined when unreadable). */
export interface AuditRecord {
  /** e.g. "audit/2025-03.log line 17" or "entry 17". */
  where: string;
  value: unknown;
}

/** Whether the filter matches an entry (every backend filters with this rule). */
export function auditMatches(e: AuditEntry, f: AuditFilter): boolean {
  if (f.caseId !== undefined && e.caseId !== f.caseId) return false;
  if (f.userId !== undefined && e.actor.id !== f.userId && e.target?.id !== f.userId) return false;
  if (f.action !== undefined && e.action !== f.action) return false;
  if (f.from !== undefined && Date.parse(e.at) < Date.parse(f.from)) return false;
  if (f.to !== undefined && Date.parse(e.at) >= Date.parse(f.to)) return false;
  return true;
}

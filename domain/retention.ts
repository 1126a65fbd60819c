// Retention: when a case is erased automatically, and the list of cases due soon that admins and facilitators see.
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";

/** Days ahead the due list looks by default. */
export const RETENTION_WINDOW_DAYS = 30;

/** Query of GET /api/retention. */
export const RetentionQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(RETENTION_WINDOW_DAYS) });
export type RetentionQuery = z.infer<typeof RetentionQuery>;

/** A case that will be erased within the window (or is overdue: the next daily run erases it). */
export const RetentionDue = z.object({
  caseId: Id,
  code: z.string(),
  district: z.string(),
  unit: z.string(),
  /** When the case's last round closed (else its newest draft round was created, else the case itself). */
  since: Timestamp,
  /** The first daily run from this moment on erases the case. */
  erasesAt: Timestamp,
});
export type RetentionDue = z.infer<typeof RetentionDue>;

/** Answer of GET /api/retention. */
export const RetentionView = z.object({
  /** The admin's setting; 0 = retention off (the list is empty). */
  retentionMonths: z.number().int().min(0),
  days: z.number().int(),
  cases: z.array(RetentionDue),
});
export type RetentionView = z.infer<typeof RetentionView>;

/** `iso` plus `months` calendar months (UTC); a day past the end of the target month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString();
}

/** The parts of a round the retention rule reads. */
interface RetentionRound {
  status: "draft" | "open" | "closed";
  createdAt: string;
  closedAt: string | null;
}

/**
 * When retention erases a case: `retentionMonths` after the latest of the case's creation, each closed round's
 * closing and each draft round's creation. Null while a round is open (an open round is never erased; closing it
 * starts the period again) and when retention is off (0).
 */
export function erasureDate(kase: { createdAt: string }, rounds: RetentionRound[], retentionMonths: number): { since: string; erasesAt: string } | null {
  if (retentionMonths <= 0 || rounds.some((r) => r.status === "open")) return null;
  const since = [kase.createdAt, ...rounds.map((r) => r.closedAt ?? r.createdAt)].reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return { since, erasesAt: addMonths(since, retentionMonths) };
}

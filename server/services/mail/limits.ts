// The reminder limits as a pure function of a member's mail attempts: at most REMINDER_LIMITS.max reminders, a day apart.
import { REMINDER_LIMITS, type Delivery } from "../../../domain/index.ts";

export interface ReminderState {
  /** Reminders the mail server accepted. */
  reminders: number;
  /** `too_soon` until `nextAt` (a day after the last accepted mail); `limit_reached` after the last allowed reminder. */
  state: "allowed" | "too_soon" | "limit_reached";
  nextAt: Date | null;
}

/**
 * Whether a member may get a reminder at `now`, from their mail attempts in the round. Only mails the server
 * accepted count: a refused or undeliverable attempt reached nobody, so it neither uses up a reminder nor
 * starts the wait. The wait runs from the last accepted mail of either kind (the link, or a reminder).
 */
export function reminderState(deliveries: readonly Delivery[], now: Date, limits = REMINDER_LIMITS): ReminderState {
  const accepted = deliveries.filter((d) => d.status === "accepted");
  const reminders = accepted.filter((d) => d.kind === "reminder").length;
  if (reminders >= limits.max) return { reminders, state: "limit_reached", nextAt: null };
  const last = Math.max(-Infinity, ...accepted.map((d) => Date.parse(d.at)));
  const nextAt = last + limits.minHours * 3_600_000;
  if (Number.isFinite(last) && nextAt > now.getTime()) return { reminders, state: "too_soon", nextAt: new Date(nextAt) };
  return { reminders, state: "allowed", nextAt: null };
}

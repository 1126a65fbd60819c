// A member's mail as the status view shows it: has an address, the last attempt, reminders so far, whether one may go now.
import type { Delivery, Member, MemberMail } from "../../../domain/index.ts";
import { reminderState } from "./limits.ts";

/** The member's mail summary from the round's attempts (any order). */
export function memberMail(member: Member, deliveries: readonly Delivery[], now: Date): MemberMail {
  const own = deliveries.filter((d) => d.memberId === member.id).sort((a, b) => a.at.localeCompare(b.at));
  const last = own.at(-1);
  const limit = reminderState(own, now);
  return {
    hasEmail: Boolean(member.email),
    last: last ? { kind: last.kind, status: last.status, response: last.response, at: last.at } : null,
    reminders: limit.reminders,
    reminder: limit.state,
    nextReminderAt: limit.nextAt?.toISOString() ?? null,
  };
}

// «Send påminnelse»: mails everyone with an address who has not submitted a new link to their saved draft, within the limits.
import { LagetError, conflict, type Case, type DeliveryResult, type ReminderAnswer, type Round, type User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { issueLink } from "../rounds/links.ts";
import { deliver, oneBatchPerRound, requireMailer, type MailJob } from "./deliver.ts";
import { reminderState } from "./limits.ts";
import { mailable } from "./open.ts";

/** 409 unless the round takes answers now (open, closing time not passed). */
function assertTakesAnswers(round: Round, now: Date): void {
  const passed = round.closesAt !== null && Date.parse(round.closesAt) <= now.getTime();
  if (round.status !== "open" || passed) throw conflict("round_not_open", "Reminders can only be sent while the round is open");
}

/**
 * Sends a reminder to every member with an address who has not submitted. Each reminder is a new link (the
 * old one stops working; answers belong to the member, so the saved draft is there behind the new link); when
 * the mail fails, the old link is given back. Members over the limits are listed as skipped; when nobody can be
 * reminded because of them: 409 `reminder_limit` (every one has had the last allowed reminder) or 429
 * `reminder_too_soon` with Retry-After (the first can be reminded then).
 */
export async function sendReminders(ctx: ServiceContext, round: Round, kase: Case, user: User): Promise<ReminderAnswer> {
  const mailer = requireMailer(ctx);
  return oneBatchPerRound(round.id, async () => {
    const now = ctx.now();
    assertTakesAnswers(round, now);
    const [members, answers, deliveries, links] = await Promise.all([
      ctx.store.listMembers(round.caseId),
      ctx.store.listAnswers(round.id),
      ctx.store.listDeliveries(round.id),
      ctx.store.listLinks(round.id),
    ]);
    const answerOf = new Map(answers.map((a) => [a.memberId, a]));
    const pending = mailable(round, members).filter((m) => !answerOf.get(m.id)?.submitted);
    if (pending.length === 0) throw conflict("no_recipients", "Nobody to remind: everyone with an e-mail address has submitted");
    const skipped: DeliveryResult[] = [];
    const jobs: MailJob[] = [];
    for (const m of pending) {
      const limit = reminderState(deliveries.filter((d) => d.memberId === m.id), now);
      const base = { memberId: m.id, role: m.role, label: m.label, form: m.form, kind: "reminder", status: "skipped", response: null } as const;
      if (limit.state === "limit_reached") skipped.push({ ...base, reason: "reminder_limit" });
      else if (limit.state === "too_soon") skipped.push({ ...base, reason: "too_soon", retryAt: limit.nextAt!.toISOString() });
      else {
        const old = links.find((l) => l.memberId === m.id);
        const link = async () => {
          const issued = await issueLink(ctx, round, m);
          return { url: issued.url, undo: old ? () => ctx.store.putLink(old) : undefined };
        };
        jobs.push({ member: m, form: m.form, kind: "reminder", hasDraft: answerOf.has(m.id), link });
      }
    }
    if (jobs.length === 0) throw limitError(skipped, now);
    const sent = await deliver(ctx, mailer, round, kase, user, jobs);
    const count = (s: DeliveryResult["status"]) => sent.filter((r) => r.status === s).length;
    return { accepted: count("accepted"), failed: count("failed"), skipped: skipped.length, results: [...sent, ...skipped] };
  });
}

/** Why nobody could be reminded: 429 with the wait when someone can be reminded later, else 409. */
function limitError(skipped: DeliveryResult[], now: Date): LagetError {
  const waits = skipped.flatMap((s) => (s.retryAt ? [Date.parse(s.retryAt)] : []));
  if (waits.length === 0) return conflict("reminder_limit", "Everyone who has not answered has had the last allowed reminder in this round");
  const first = Math.min(...waits);
  const seconds = Math.max(1, Math.ceil((first - now.getTime()) / 1000));
  return new LagetError("rate_limited", "reminder_too_soon", `The last mail went out less than a day ago; the next reminder can be sent from ${new Date(first).toISOString()}`, undefined, seconds);
}

// Opening a round with the links delivered by e-mail: members with an address get theirs by mail, the rest are answered once as today.
import { formKind, type Case, type Member, type OpenAnswer, type OpenRequest, type Round, type User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { openRound } from "../rounds/lifecycle.ts";
import { deliver, oneBatchPerRound, requireMailer, type MailJob } from "./deliver.ts";

/** Members who get mail: an address, and a form of their own (the child's link is never mailed). */
export function mailable(round: Round, members: Member[]): (Member & { email: string; form: "team" | "family" })[] {
  return members.flatMap((m) => {
    const form = formKind(round, m.id, m.role);
    return m.email && form !== "child" ? [{ ...m, email: m.email, form }] : [];
  });
}

/**
 * Opens a draft round. With `delivery: "email"` every member who has an address is mailed their link, and those
 * links are left out of the answer (the facilitator never sees them); `deliveries` says what the mail server
 * answered for each. A failed mail leaves the member without a known link: re-issue it, or send a reminder.
 */
export async function openRoundWith(ctx: ServiceContext, round: Round, kase: Case, user: User, request: OpenRequest): Promise<OpenAnswer> {
  const withLang: Round = request.lang ? { ...round, language: request.lang } : round;
  if (request.delivery !== "email") return { ...(await openRound(ctx, withLang)), deliveries: [] };
  const mailer = requireMailer(ctx);
  return oneBatchPerRound(round.id, async () => {
    const { round: opened, links } = await openRound(ctx, withLang);
    const recipients = mailable(opened, await ctx.store.listMembers(round.caseId));
    const urlOf = new Map(links.map((l) => [l.memberId, l.url]));
    const jobs: MailJob[] = recipients
      .filter((m) => urlOf.has(m.id))
      .map((m) => ({ member: m, form: m.form, kind: "link", hasDraft: false, link: async () => ({ url: urlOf.get(m.id)! }) }));
    const mailed = new Set(jobs.map((j) => j.member.id));
    const deliveries = await deliver(ctx, mailer, opened, kase, user, jobs);
    return { round: opened, links: links.filter((l) => !mailed.has(l.memberId)), deliveries };
  });
}

// Mails a batch of members their personal links one by one, records each attempt, and stops trying once the server is unreachable.
import { conflict, type Case, type DeliveryResult, type MailKind, type Member, type Round, type User } from "../../../domain/index.ts";
import { composeMail } from "../../mail/templates/compose.ts";
import type { Mailer } from "../../mail/transport.ts";
import { newId } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";

/** One member to mail: `link` gives the URL to send, and `undo` when a failed send should give the old link back. */
export interface MailJob {
  member: Member & { email: string };
  form: "team" | "family";
  kind: MailKind;
  hasDraft: boolean;
  link: () => Promise<{ url: string; undo?: () => Promise<void> }>;
}

/** The mailer, or 409 `mail_off` when SMTP_URL and MAIL_FROM are not set. */
export function requireMailer(ctx: ServiceContext): Mailer {
  if (!ctx.mailer) throw conflict("mail_off", "Mail delivery is off on this server (SMTP_URL and MAIL_FROM are not set)");
  return ctx.mailer;
}

/** Rounds with a batch of mail under way in this process (a second request for the same round waits its turn with 409). */
const busy = new Set<string>();

/** Runs `fn` as the only mail batch of the round in this process, else 409 `mail_in_progress`. */
export async function oneBatchPerRound<T>(roundId: string, fn: () => Promise<T>): Promise<T> {
  if (busy.has(roundId)) throw conflict("mail_in_progress", "Mail for this round is being sent right now; try again when it is done");
  busy.add(roundId);
  try {
    return await fn();
  } finally {
    busy.delete(roundId);
  }
}

/** The server's answer without the recipient's address (addresses are erased later; stored answers must not keep them). */
export function withoutAddress(response: string, address: string): string {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return response.replace(new RegExp(escaped, "gi"), "adresse");
}

/** Who asked: the facilitator's name, and a reply address unless the user is a local tool's. */
function asker(user: User): { name: string; replyTo?: string } {
  return { name: user.name, replyTo: user.email.endsWith(".invalid") ? undefined : user.email };
}

/**
 * Sends each job's mail in turn and records every attempt (accepted or failed, with the server's answer).
 * Once the server cannot be reached, the remaining jobs are recorded as failed with that reason without trying.
 */
export async function deliver(ctx: ServiceContext, mailer: Mailer, round: Round, kase: Case, user: User, jobs: MailJob[]): Promise<DeliveryResult[]> {
  const who = asker(user);
  const place = kase.unit || kase.district;
  let unreachable: string | null = null;
  const results: DeliveryResult[] = [];
  for (const job of jobs) {
    const { member } = job;
    let outcome: { status: "accepted" | "failed"; response: string };
    if (unreachable !== null) {
      outcome = { status: "failed", response: unreachable };
    } else {
      const { url, undo } = await job.link();
      const lang = round.language ?? "nb";
      // The form opens in the mail's language (the respondent can still switch).
      const content = { lang, kind: job.kind, form: job.form, url: `${url}?lang=${lang}`, asker: who.name, place, closesAt: round.closesAt, hasDraft: job.hasDraft } as const;
      const sent = await mailer.send({ to: member.email, replyTo: who.replyTo, ...composeMail(content) });
      if (sent.status === "failed" && undo) await undo();
      if (sent.status === "failed" && sent.unreachable) unreachable = sent.response;
      outcome = sent;
    }
    const response = withoutAddress(outcome.response, member.email);
    await ctx.store.putDelivery({ id: newId(), roundId: round.id, memberId: member.id, kind: job.kind, status: outcome.status, response, at: ctx.now().toISOString() });
    results.push({ memberId: member.id, role: member.role, label: member.label, form: job.form, kind: job.kind, status: outcome.status, response });
  }
  return results;
}

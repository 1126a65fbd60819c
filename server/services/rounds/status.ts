// Response tracking of a round: per seat not opened / opened / draft / submitted, the form it answers, and the team's rate.
import { CHILD_SEAT_ID, formKind, type AnswerSet, type Link, type MemberProgress, type Round, type RoundStatusView } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { memberMail } from "../mail/summary.ts";

/** A seat's progress from its link and answer set. */
export function progressOf(link: Link | undefined, answer: AnswerSet | undefined): MemberProgress {
  return answer?.submitted ? "submitted" : answer ? "draft" : link?.openedAt ? "opened" : "not_opened";
}

/** The status view from the stored links and answer sets. */
export async function roundStatus(ctx: ServiceContext, round: Round): Promise<RoundStatusView> {
  const { store } = ctx;
  const [members, links, answers, deliveries] = await Promise.all([
    store.listMembers(round.caseId),
    store.listLinks(round.id),
    store.listAnswers(round.id),
    store.listDeliveries(round.id),
  ]);
  const now = ctx.now();
  const linkBy = new Map(links.map((l) => [l.memberId, l]));
  const answerBy = new Map(answers.map((a) => [a.memberId, a]));
  const counts: Record<MemberProgress, number> = { not_opened: 0, opened: 0, draft: 0, submitted: 0 };
  const rows = members.map((m) => {
    const state = progressOf(linkBy.get(m.id), answerBy.get(m.id));
    counts[state] += 1;
    const form = formKind(round, m.id, m.role);
    const mail = memberMail(m, deliveries, now);
    return { memberId: m.id, role: m.role, label: m.label, form, state, hasLink: linkBy.has(m.id), updatedAt: answerBy.get(m.id)?.updatedAt ?? null, mail };
  });
  const childLink = linkBy.get(CHILD_SEAT_ID);
  const child = round.child?.include
    ? { state: childLink ? progressOf(childLink, answerBy.get(CHILD_SEAT_ID)) : ("no_link" as const), updatedAt: answerBy.get(CHILD_SEAT_ID)?.updatedAt ?? null }
    : null;
  const team = rows.filter((r) => r.form === "team");
  const responseRate = team.length ? team.filter((r) => r.state === "submitted").length / team.length : 0;
  const mail = { enabled: ctx.mailer !== undefined, withAddress: rows.filter((r) => r.mail.hasEmail && r.form !== "child").length };
  return { roundId: round.id, status: round.status, members: rows, child, counts, responseRate, mail };
}

// Response tracking of a round: per seat not opened / opened / draft / submitted, the form it answers, and the team's rate.
import { CHILD_SEAT_ID, formKind, type AnswerSet, type FormKind, type Link, type Round } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";

export type MemberProgress = "not_opened" | "opened" | "draft" | "submitted";

export interface RoundStatusView {
  roundId: string;
  status: Round["status"];
  members: { memberId: string; role: string; label: string; form: FormKind; state: MemberProgress; hasLink: boolean; updatedAt: string | null }[];
  /** The child's link when the round includes the child's form, else null ("no_link" before the round opens). */
  child: { state: MemberProgress | "no_link"; updatedAt: string | null } | null;
  counts: Record<MemberProgress, number>;
  /**
   * Submitted team-form members / team-form members. Family seats answering the family form and the
   * child are left out, as in the analysis; a declined family/child answer reads "submitted" like any answer.
   */
  responseRate: number;
}

/** A seat's progress from its link and answer set. */
export function progressOf(link: Link | undefined, answer: AnswerSet | undefined): MemberProgress {
  return answer?.submitted ? "submitted" : answer ? "draft" : link?.openedAt ? "opened" : "not_opened";
}

/** Computes the status view from the stored links and answer sets. */
export async function roundStatus(store: Store, round: Round): Promise<RoundStatusView> {
  const [members, links, answers] = await Promise.all([store.listMembers(round.caseId), store.listLinks(round.id), store.listAnswers(round.id)]);
  const linkBy = new Map(links.map((l) => [l.memberId, l]));
  const answerBy = new Map(answers.map((a) => [a.memberId, a]));
  const counts: Record<MemberProgress, number> = { not_opened: 0, opened: 0, draft: 0, submitted: 0 };
  const rows = members.map((m) => {
    const state = progressOf(linkBy.get(m.id), answerBy.get(m.id));
    counts[state] += 1;
    const form = formKind(round, m.id, m.role);
    return { memberId: m.id, role: m.role, label: m.label, form, state, hasLink: linkBy.has(m.id), updatedAt: answerBy.get(m.id)?.updatedAt ?? null };
  });
  const childLink = linkBy.get(CHILD_SEAT_ID);
  const child = round.child?.include
    ? { state: childLink ? progressOf(childLink, answerBy.get(CHILD_SEAT_ID)) : ("no_link" as const), updatedAt: answerBy.get(CHILD_SEAT_ID)?.updatedAt ?? null }
    : null;
  const team = rows.filter((r) => r.form === "team");
  const responseRate = team.length ? team.filter((r) => r.state === "submitted").length / team.length : 0;
  return { roundId: round.id, status: round.status, members: rows, child, counts, responseRate };
}

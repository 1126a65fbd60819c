// Response tracking of a round: per member not opened / opened / draft / submitted, and the response rate.
import type { Round } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";

export type MemberProgress = "not_opened" | "opened" | "draft" | "submitted";

export interface RoundStatusView {
  roundId: string;
  status: Round["status"];
  members: { memberId: string; role: string; label: string; state: MemberProgress; hasLink: boolean; updatedAt: string | null }[];
  counts: Record<MemberProgress, number>;
  /** Submitted members / all members of the case. */
  responseRate: number;
}

/** Computes the status view from the stored links and answer sets. */
export async function roundStatus(store: Store, round: Round): Promise<RoundStatusView> {
  const [members, links, answers] = await Promise.all([store.listMembers(round.caseId), store.listLinks(round.id), store.listAnswers(round.id)]);
  const linkBy = new Map(links.map((l) => [l.memberId, l]));
  const answerBy = new Map(answers.map((a) => [a.memberId, a]));
  const counts: Record<MemberProgress, number> = { not_opened: 0, opened: 0, draft: 0, submitted: 0 };
  const rows = members.map((m) => {
    const link = linkBy.get(m.id);
    const answer = answerBy.get(m.id);
    const state: MemberProgress = answer?.submitted ? "submitted" : answer ? "draft" : link?.openedAt ? "opened" : "not_opened";
    counts[state] += 1;
    return { memberId: m.id, role: m.role, label: m.label, state, hasLink: Boolean(link), updatedAt: answer?.updatedAt ?? null };
  });
  return { roundId: round.id, status: round.status, members: rows, counts, responseRate: members.length ? counts.submitted / members.length : 0 };
}

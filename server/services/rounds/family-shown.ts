// Which family seats a round's analysis leaves out: those that did not agree, on their own form, to be shown.
import { isFamilyRole, type AnswerSet, type Member, type Round } from "../../../domain/index.ts";

/**
 * The family seats of a survey round whose row and column the team's analysis must not show: every family seat
 * except those whose stored answer set says `showInMeeting: true` (the choice on the family's consent page, or on
 * the team form a family seat answers in a round without the family's form). Imported rounds hold what the
 * imported file held and hide nothing.
 */
export function hiddenFamilySeats(round: Round, members: readonly Member[], answers: readonly AnswerSet[]): Set<string> {
  if (round.source !== "survey") return new Set();
  const agreed = new Set(answers.filter((a) => a.showInMeeting === true).map((a) => a.memberId));
  return new Set(members.filter((m) => isFamilyRole(m.role) && !agreed.has(m.id)).map((m) => m.id));
}

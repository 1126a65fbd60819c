// Which form a link gets (team, family or child) and its instrument, targets and answer scope.
import { CHILD_SEAT_ID, TEAM_TARGET_ID, formKind, isFamilyRole, type FormKind, type Member, type Round } from "../../../domain/index.ts";
import type { AnswerScope } from "../../../surveys/answers.ts";
import type { Instrument } from "../../../surveys/index.ts";
import { childSeat, formInstrument } from "../../services/voices/forms.ts";

export interface FormSetup {
  kind: FormKind;
  instrument: Instrument;
  rater: Member;
  /** Members the respondent answers about (family: the professionals; child: none). */
  targets: Member[];
  scope: AnswerScope;
}

/** Family/child scope: `_team` gets the team items, each target the member items; only `_team` is required. */
function voiceScope(raterId: string, instrument: Instrument, targets: Member[]): AnswerScope {
  const teamItems = instrument.items.filter((i) => i.about === "team").map((i) => i.id);
  const memberItems = instrument.items.filter((i) => i.about !== "team").map((i) => i.id);
  const itemsFor: Record<string, string[]> = { [TEAM_TARGET_ID]: teamItems };
  for (const t of targets) itemsFor[t.id] = memberItems;
  return {
    raterId,
    targetIds: [TEAM_TARGET_ID, ...targets.map((t) => t.id)],
    itemIds: instrument.items.map((i) => i.id),
    itemsFor,
    requiredTargetIds: [TEAM_TARGET_ID],
  };
}

/**
 * The form for the link's member id, or null when the link cannot be used (member gone, child
 * link in a round without the child, unknown instrument).
 */
export function formSetup(round: Round, memberId: string, members: Member[]): FormSetup | null {
  const child = memberId === CHILD_SEAT_ID;
  if (child && !round.child?.include) return null;
  const rater = child ? childSeat(round.caseId) : members.find((m) => m.id === memberId);
  if (!rater) return null;
  const kind = formKind(round, rater.id, child ? undefined : rater.role);
  const instrument = formInstrument(round, kind);
  if (!instrument) return null;
  if (kind === "team") {
    const targets = members.filter((m) => m.id !== rater.id);
    const scope = { raterId: rater.id, targetIds: targets.map((m) => m.id), itemIds: instrument.items.map((i) => i.id) };
    return { kind, instrument, rater, targets, scope };
  }
  const targets = kind === "family" ? members.filter((m) => m.id !== rater.id && !isFamilyRole(m.role)) : [];
  return { kind, instrument, rater, targets, scope: voiceScope(rater.id, instrument, targets) };
}

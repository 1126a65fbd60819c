// Reads a round's family/child answers and the team's rc7 ratings from the store and computes the family band.
import { familyBand, type FamilyBand, type FamilyBandOptions, type VoiceAnswers } from "../../../analysis/voices/index.ts";
import { CHILD_SEAT_ID, formKind, isFamilyRole, type Round } from "../../../domain/index.ts";
import type { Instrument } from "../../../surveys/index.ts";
import type { Store } from "../../store/types.ts";
import { formInstrument } from "../survey/form-setup.ts";

const themeOf = (i: Instrument | undefined) => Object.fromEntries((i?.items ?? []).map((it) => [it.id, it.group]));

/** The band of one round from submitted answer sets (imported rounds have no family/child answers: empty band). */
export async function roundFamilyBand(store: Store, round: Round, options: FamilyBandOptions = {}): Promise<FamilyBand> {
  const [members, answers] = await Promise.all([store.listMembers(round.caseId), store.listAnswers(round.id)]);
  const kindOf = new Map(members.map((m) => [m.id, formKind(round, m.id, m.role)]));
  if (round.child?.include) kindOf.set(CHILD_SEAT_ID, "child");
  const teamItems = new Set(formInstrument(round, "team")?.items.map((i) => i.id) ?? []);
  const memberIds = new Set(members.map((m) => m.id));
  const voices: VoiceAnswers[] = [];
  const team = [];
  for (const a of round.source === "survey" ? answers.filter((x) => x.submitted) : []) {
    const kind = kindOf.get(a.memberId);
    if (kind === "family" || kind === "child") voices.push({ respondent: a.memberId, kind, ratings: a.ratings });
    else if (kind === "team") {
      for (const r of a.ratings) {
        if (teamItems.has(r.item) && memberIds.has(r.target) && r.target !== a.memberId) team.push({ rater: a.memberId, ...r });
      }
    }
  }
  return familyBand(
    {
      themeOf: { family: themeOf(formInstrument(round, "family")), child: themeOf(formInstrument(round, "child")) },
      voices, team,
      members: members.map((m) => ({ id: m.id, role: m.role, family: isFamilyRole(m.role) })),
      childIncluded: Boolean(round.child?.include),
    },
    options,
  );
}

// The family band of a round: its family/child answers and the team's rc7 ratings from the store → familyBand() from analysis/voices.
import { familyBand, type FamilyBand, type FamilyBandOptions, type VoiceAnswers } from "../../../analysis/voices/index.ts";
import { CHILD_SEAT_ID, formKind, isFamilyRole, roundDisplay, type ChildProgress, type FamilyQuery, type Round, type RoundVoices } from "../../../domain/index.ts";
import type { Instrument } from "../../../surveys/index.ts";
import type { Store } from "../../store/types.ts";
import type { ServiceContext } from "../context.ts";
import { hiddenFamilySeats } from "../rounds/family-shown.ts";
import { progressOf } from "../rounds/status.ts";
import { formInstrument } from "./forms.ts";
import { voicesOf } from "./options.ts";

const themeOf = (i: Instrument | undefined) => Object.fromEntries((i?.items ?? []).map((it) => [it.id, it.group]));

/**
 * The band of one round from submitted answer sets (imported rounds have no family/child answers: empty band). A family
 * seat that did not agree to be shown gives no team rating and is left out of the team's view of the family; a round
 * whose display hides single raters (`pairs`, `min2`) shows team means only from two raters.
 */
export async function roundFamilyBand(store: Store, round: Round, options: FamilyBandOptions = {}): Promise<FamilyBand> {
  const [members, answers] = await Promise.all([store.listMembers(round.caseId), store.listAnswers(round.id)]);
  const kindOf = new Map(members.map((m) => [m.id, formKind(round, m.id, m.role)]));
  if (round.child?.include) kindOf.set(CHILD_SEAT_ID, "child");
  const teamItems = new Set(formInstrument(round, "team")?.items.map((i) => i.id) ?? []);
  const memberIds = new Set(members.map((m) => m.id));
  const hidden = hiddenFamilySeats(round, members, answers);
  const voices: VoiceAnswers[] = [];
  const team = [];
  for (const a of round.source === "survey" ? answers.filter((x) => x.submitted) : []) {
    const kind = kindOf.get(a.memberId);
    if (kind === "family" || kind === "child") voices.push({ respondent: a.memberId, kind, ratings: a.ratings });
    else if (kind === "team" && !hidden.has(a.memberId)) {
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
      hiddenFamily: [...hidden],
    },
    { ...options, minTeamRaters: roundDisplay(round) === "direction" ? 1 : 2 },
  );
}

/** The child link's progress like a member's in the status view (a declined child shows as submitted too). */
async function childState(store: Store, round: Round): Promise<ChildProgress | null> {
  if (!round.child?.include) return null;
  const link = (await store.listLinks(round.id)).find((l) => l.memberId === CHILD_SEAT_ID);
  return link ? progressOf(link, await store.getAnswer(round.id, CHILD_SEAT_ID)) : "no_link";
}

/** GET /api/rounds/:id/family: the round's options, the child link's progress and the band. */
export async function roundVoices(ctx: ServiceContext, round: Round, query: FamilyQuery): Promise<RoundVoices> {
  const band = await roundFamilyBand(ctx.store, round, query);
  return { roundId: round.id, ...voicesOf(round), childState: await childState(ctx.store, round), band };
}

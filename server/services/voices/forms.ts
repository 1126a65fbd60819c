// The child's seat and the instrument of each kind of form in a round (the family's and the child's pinned versions).
import { CHILD_INSTRUMENT, CHILD_SEAT_ID, FAMILY_INSTRUMENT_ID, type FormKind, type Member, type Round } from "../../../domain/index.ts";
import { getInstrument, type Instrument } from "../../../surveys/index.ts";

/** The child's seat as a member-shaped value; it is never stored as a member and has no label. */
export function childSeat(caseId: string): Member {
  return { id: CHILD_SEAT_ID, caseId, role: CHILD_SEAT_ID, label: "" };
}

/** The instrument of a kind of form in this round (pinned version), or undefined. */
export function formInstrument(round: Round, kind: FormKind): Instrument | undefined {
  if (kind === "team") return getInstrument(round.instrumentId, round.instrumentVersion);
  if (kind === "family") return getInstrument(FAMILY_INSTRUMENT_ID, round.family?.instrumentVersion);
  return getInstrument(CHILD_INSTRUMENT[round.child?.version ?? "8-12"], round.child?.instrumentVersion);
}

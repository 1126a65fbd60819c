// Who gets which link in a round: team members, family seats (family form) and the child's per-round seat.
import type { FormKind, Member, RoleDef, Round } from "../../../domain/index.ts";
import { CHILD_SEAT_ID } from "../../../domain/seats.ts";
import type { Lang, T } from "../../i18n/index.ts";
import { memberName } from "../../state.ts";

export interface Seat {
  id: string;
  name: string;
  form: FormKind;
}

/** True when a member with `role` answers the family form in this round. */
export function answersFamilyForm(round: Pick<Round, "family">, roles: RoleDef[], role: string): boolean {
  return Boolean(round.family?.include) && roles.some((r) => r.id === role && r.family === true);
}

/** True when some member has a parents/guardians (family) role, i.e. the family option would give someone a link. */
export function hasFamilySeat(members: Pick<Member, "role">[], roles: RoleDef[]): boolean {
  return members.some((m) => roles.some((r) => r.id === m.role && r.family === true));
}

/** The round's seats in link order: members, then the child's link (named "Barnets lenke", never its reserved id). */
export function roundSeats(round: Pick<Round, "family" | "child">, members: Member[], roles: RoleDef[], lang: Lang, t: T): Seat[] {
  const seats: Seat[] = members.map((m) => ({
    id: m.id,
    name: memberName(roles, m, lang),
    form: answersFamilyForm(round, roles, m.role) ? "family" : "team",
  }));
  if (round.child?.include) seats.push({ id: CHILD_SEAT_ID, name: t("childLink"), form: "child" });
  return seats;
}

/** "8–12 år" for an age version of the child's form. */
export const childVersionLabel = (t: T, version: string | undefined) => t(version === "13-16" ? "childVersion_13_16" : "childVersion_8_12");

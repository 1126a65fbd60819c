// Family/child test fixture: the survey fixture's case (FORÆ = mParent) in a round that includes the family and the child.
import type { ChildVersion } from "../../../domain/index.ts";
import { CHILD_SEAT_ID } from "../../../domain/index.ts";
import { CHILD_13_16_V1, CHILD_8_12_V1 } from "../../../surveys/voices/child.ts";
import { FAMILY_V2 } from "../../../surveys/voices/family.ts";
import { makeFixture, type Fixture } from "../survey/fixture.ts";

export { postForm, fullForm, putApi } from "../survey/fixture.ts";

export const FAMILY_TEAM_ITEMS = FAMILY_V2.items.filter((i) => i.about === "team").map((i) => i.id);
export const FAMILY_MEMBER_ITEMS = FAMILY_V2.items.filter((i) => i.about !== "team").map((i) => i.id);
/** The professionals the parent answers about (every member but the parent). */
export const PROFESSIONALS = ["mTeacher", "mPpt", "mNurse", "mPhysio", "mKoord"];

export interface VoiceFixture extends Fixture {
  childToken: string;
}

/** The survey fixture with `family` and `child` switched on, and a child link. */
export async function makeVoiceFixture(version: ChildVersion = "8-12"): Promise<VoiceFixture> {
  const child = version === "8-12" ? CHILD_8_12_V1 : CHILD_13_16_V1;
  const f = await makeFixture({
    family: { include: true, instrumentVersion: FAMILY_V2.version },
    child: { include: true, version, instrumentVersion: child.version },
  });
  return { ...f, childToken: await f.reissue(CHILD_SEAT_ID) };
}

/** Form fields answering every "all helpers" item with `value`. */
export function familyTeamFields(value = "4"): Record<string, string> {
  return Object.fromEntries(FAMILY_TEAM_ITEMS.map((i) => [`r._team.${i}`, value]));
}

/** Form fields answering every child item with `value`. */
export function childFields(version: ChildVersion = "8-12", value = "5"): Record<string, string> {
  const child = version === "8-12" ? CHILD_8_12_V1 : CHILD_13_16_V1;
  return Object.fromEntries(child.items.map((i) => [`r._team.${i.id}`, value]));
}

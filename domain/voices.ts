// The family's and the child's voice in a survey round: round options, reserved ids, who gets which form.
import { z } from "zod";
import { DEFAULT_ROLES, findRole, type RoleDef } from "./roles.ts";
import { CHILD_SEAT_ID, CHILD_VERSIONS } from "./seats.ts";

export * from "./seats.ts";

/** Round option: family-seat members (role with `family: true`) answer the family form instead of the team form. */
export const FamilyOption = z
  .object({
    include: z.boolean().default(false),
    /** Pinned by the server when the round is created; never sent by clients. */
    instrumentVersion: z.string().min(1).optional(),
  })
  .strict();
export type FamilyOption = z.infer<typeof FamilyOption>;

/** Round option: a per-round child link with the child form in one age version. */
export const ChildOption = z
  .object({
    include: z.boolean().default(false),
    version: z.enum(CHILD_VERSIONS).default("8-12"),
    instrumentVersion: z.string().min(1).optional(),
  })
  .strict();
export type ChildOption = z.infer<typeof ChildOption>;

/** Which form a respondent gets. */
export const FormKind = z.enum(["team", "family", "child"]);
export type FormKind = z.infer<typeof FormKind>;

/** True when the role is a family seat (FORÆ by default). */
export function isFamilyRole(roleId: string, roles: RoleDef[] = DEFAULT_ROLES): boolean {
  return findRole(roleId, roles)?.family === true;
}

/** The round's options as seen by older stored rounds (both off). */
interface VoiceRound {
  family?: FamilyOption;
  child?: ChildOption;
}

/** The form for `memberId` with `role` in this round; family seats answer the team form unless the round includes the family. */
export function formKind(round: VoiceRound, memberId: string, role: string | undefined): FormKind {
  if (memberId === CHILD_SEAT_ID) return "child";
  if (round.family?.include && role !== undefined && isFamilyRole(role)) return "family";
  return "team";
}

/** Body of PUT /api/rounds/:id/voices (draft rounds only); omitted parts stay as they are. */
export const VoicesInput = z
  .object({
    family: z.object({ include: z.boolean() }).strict().optional(),
    child: z.object({ include: z.boolean(), version: z.enum(CHILD_VERSIONS).default("8-12") }).strict().optional(),
  })
  .strict();
export type VoicesInput = z.infer<typeof VoicesInput>;

/** An instrument reference with its pinned version (null when the round predates pinning). */
const PinnedInstrument = z.object({ id: z.string(), version: z.string().nullable() });

/** A round's family/child options as the workspace reads them. */
export const VoicesView = z.object({
  family: z.object({ include: z.boolean(), instrument: PinnedInstrument }),
  child: z.object({ include: z.boolean(), version: z.enum(CHILD_VERSIONS), instrument: PinnedInstrument }),
});
export type VoicesView = z.infer<typeof VoicesView>;

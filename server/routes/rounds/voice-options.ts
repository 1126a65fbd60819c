// Round options for the family's and the child's forms: validation of the body and pinning of instrument versions.
import { z } from "zod";
import { CHILD_INSTRUMENT, CHILD_VERSIONS, FAMILY_INSTRUMENT_ID, type ChildOption, type FamilyOption, type Round } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";

/** Body of PUT /api/rounds/:id/voices (draft rounds only); omitted parts stay as they are. */
export const VoicesInput = z
  .object({
    family: z.object({ include: z.boolean() }).strict().optional(),
    child: z.object({ include: z.boolean(), version: z.enum(CHILD_VERSIONS).default("8-12") }).strict().optional(),
  })
  .strict();
export type VoicesInput = z.infer<typeof VoicesInput>;

/** The family option with the current family instrument's version pinned (a stored round keeps it). */
function pinFamily(include: boolean): FamilyOption {
  return { include, instrumentVersion: getInstrument(FAMILY_INSTRUMENT_ID)?.version };
}

/** The child option with the chosen age version's current instrument version pinned. */
function pinChild(include: boolean, version: ChildOption["version"]): ChildOption {
  return { include, version, instrumentVersion: getInstrument(CHILD_INSTRUMENT[version])?.version };
}

/** Input of a new round with pinned versions; imported rounds never have the family's or the child's form. */
export function pinVoiceVersions<T extends { family?: FamilyOption; child?: ChildOption }>(input: T, source: Round["source"]): T {
  const { family, child, ...rest } = input;
  if (source === "import") return rest as T;
  return {
    ...rest,
    ...(family ? { family: pinFamily(family.include) } : {}),
    ...(child ? { child: pinChild(child.include, child.version) } : {}),
  } as T;
}

/** The round with the options of a PUT /voices body applied. */
export function applyVoices(round: Round, input: VoicesInput): Round {
  return { ...round, ...pinVoiceVersions(input, "survey") };
}

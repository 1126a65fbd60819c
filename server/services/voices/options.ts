// The family's and the child's options of a round: pinning of instrument versions, the view the workspace reads, changes to a draft.
import {
  CHILD_INSTRUMENT, FAMILY_INSTRUMENT_ID, conflict, type ChildOption, type FamilyOption, type Round, type VoicesInput, type VoicesView,
} from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import type { ServiceContext } from "../context.ts";

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

/** The round's family/child options as the workspace reads them. */
export function voicesOf(round: Round): VoicesView {
  const childVersion = round.child?.version ?? "8-12";
  return {
    family: { include: Boolean(round.family?.include), instrument: { id: FAMILY_INSTRUMENT_ID, version: round.family?.instrumentVersion ?? null } },
    child: { include: Boolean(round.child?.include), version: childVersion, instrument: { id: CHILD_INSTRUMENT[childVersion], version: round.child?.instrumentVersion ?? null } },
  };
}

/** Changes the options of a draft survey round (omitted parts stay; versions are pinned again). */
export async function setVoices(ctx: ServiceContext, round: Round, input: VoicesInput): Promise<{ round: Round } & VoicesView> {
  if (round.source !== "survey" || round.status !== "draft") throw conflict("not_draft", "The family and child options can only change before the round opens");
  const next: Round = { ...round, ...pinVoiceVersions(input, "survey") };
  await ctx.store.putRound(next);
  return { round: next, ...voicesOf(next) };
}

// Instrument registry: look up an instrument by id and (for stored rounds) by exact version.
import { Instrument } from "./schema.ts";
import { CHILD_13_16_V1, CHILD_8_12_V1 } from "./voices/child.ts";
import { FAMILY_V1, FAMILY_V2 } from "./voices/family.ts";
import { RC7_V1 } from "./rc7.ts";
import { RC7_V2 } from "./rc7-v2.ts";

export * from "./schema.ts";

/** Every version of every instrument ever shipped; never remove one, stored rounds refer to them. */
const ALL: Instrument[] = [RC7_V1, FAMILY_V1, CHILD_8_12_V1, CHILD_13_16_V1, RC7_V2, FAMILY_V2].map((i) => Instrument.parse(i));

export const DEFAULT_INSTRUMENT_ID = "rc7";

/** All instruments, latest version of each. */
export function listInstruments(): Instrument[] {
  const latest = new Map<string, Instrument>();
  for (const i of ALL) latest.set(i.id, i);
  return [...latest.values()];
}

/** The instrument with that id at that version, or the latest version when version is omitted. */
export function getInstrument(id: string, version?: string): Instrument | undefined {
  const candidates = ALL.filter((i) => i.id === id);
  if (version === undefined) return candidates.at(-1);
  return candidates.find((i) => i.version === version);
}

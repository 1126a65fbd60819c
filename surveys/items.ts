// Builders shared by the family and child instruments: wording as [nb, nn, en] triples, five labelled scale steps.
import type { LocalizedText } from "../domain/roles.ts";
import type { Instrument, InstrumentItem } from "./schema.ts";

/** One wording in the three languages, in the order nb, nn, en. */
export type Words = [nb: string, nn: string, en: string];

export const words = ([nb, nn, en]: Words): LocalizedText => ({ nb, nn, en });

/** A scale whose five steps are all shown as words; the first and last are the anchors. */
export const labelledScale = (steps: LocalizedText[]): Instrument["scale"] => ({ low: steps[0], high: steps[4], labels: steps });

/** An item asked once about the team as a whole; its id is its theme (group). */
export const teamItem = (id: string, short: Words, text: Words): InstrumentItem => ({
  id, group: id, about: "team", short: words(short), text: words(text),
});

/** An item asked about each member ({target} in the text), counted under the theme `group`. */
export const memberItem = (id: string, group: string, short: Words, text: Words): InstrumentItem => ({
  id, group, about: "member", short: words(short), text: words(text),
});

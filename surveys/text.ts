// Wording helpers for instruments: the role inside a question ({target}, {Target}), headings and the time estimate.
import { findRole, type RoleDef } from "../domain/roles.ts";
import type { Instrument, InstrumentItem, Lang } from "./schema.ts";

/** The role's display name in `lang`; the role id itself when it is not in the catalogue. */
export function roleName(roleId: string, lang: Lang, roles?: RoleDef[]): string {
  return findRole(roleId, roles)?.name[lang] ?? roleId;
}

/** Lower-cases the first letter unless the word looks like an abbreviation ("PP-tjenesten", "BHG"). */
function lowerFirst(name: string): string {
  if (name.length > 1 && name[1] === name[1].toLocaleUpperCase() && name[1] !== name[1].toLocaleLowerCase()) return name;
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

/** Upper-cases the first letter (a question that starts with the role). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * How a member is named inside a sentence: the role's in-sentence form from the catalogue ("koordinatoren",
 * "læreren", "the teacher"), with the member's label in brackets ("koordinatoren (Kari)"). A role the
 * catalogue does not know is named by its name, lower-cased.
 */
export function targetPhrase(roleId: string, label: string, lang: Lang, roles?: RoleDef[]): string {
  const role = findRole(roleId, roles);
  const base = role?.inSentence?.[lang] ?? lowerFirst(role?.name[lang] ?? roleId);
  return label ? `${base} (${label})` : base;
}

/** A heading-style name: "Helsesykepleier (Kari)". */
export function targetTitle(name: string, label: string): string {
  return label ? `${name} (${label})` : name;
}

/** The item's question in `lang`: `{target}` becomes the phrase, `{Target}` (a question starting with the role) the phrase capitalised. */
export function itemText(item: InstrumentItem, lang: Lang, phrase: string): string {
  return item.text[lang].replaceAll("{Target}", upperFirst(phrase)).replaceAll("{target}", phrase);
}

/** Seconds a respondent typically needs for one rating (reading + tapping), and for the intro. */
const SECONDS_PER_RATING = 6;
const SECONDS_INTRO = 60;

/** Whole minutes the form takes for `targets` members, at least 2. */
export function estimateMinutes(targets: number, instrument: Pick<Instrument, "items">): number {
  const seconds = SECONDS_INTRO + targets * instrument.items.length * SECONDS_PER_RATING;
  return Math.max(2, Math.ceil(seconds / 60));
}

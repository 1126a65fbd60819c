// Client-side privacy checks for free text: national id numbers block, name-like text warns.
/** 11 digits in a row, optionally separated by single spaces or dots (fødselsnummer / D-number shape). */
const NATIONAL_ID = /(?:\d[\s.]?){11}/;
/** Two or more capitalised words, e.g. "Ola Nordmann" — may be a person's name. */
const NAME_LIKE = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b/u;

export function hasNationalId(s: string): boolean {
  return NATIONAL_ID.test(s);
}
export function looksLikeName(s: string): boolean {
  return NAME_LIKE.test(s);
}

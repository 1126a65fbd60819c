// Client-side privacy checks for free text: national id numbers block (the server's own rule), name-like text warns.
import { containsNationalId } from "../../../domain/national-id.ts";

/** Two or more capitalised words, e.g. "Ola Nordmann" — may be a person's name. */
const NAME_LIKE = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b/u;

export function hasNationalId(s: string): boolean {
  return containsNationalId(s);
}
export function looksLikeName(s: string): boolean {
  return NAME_LIKE.test(s);
}

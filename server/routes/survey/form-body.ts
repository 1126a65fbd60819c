// Turns a posted urlencoded form (r.<target>.<item> = 1..5 | na) into ratings, the field each came from, and a tamper flag.
import { fromFormValue } from "../../views/fields.ts";

/** "decline" is the family's/child's "I don't want to answer". */
export type FormAction = "draft" | "submit" | "decline";

/** A rating as posted: the value is a number, null (N/A) or the text that was sent, for the schema to judge. */
export interface PostedRating {
  target: string;
  item: string;
  value: number | null | string;
}

export interface ParsedForm {
  action: FormAction | undefined;
  ratings: PostedRating[];
  /** The posted field name and text of each rating, by index (for re-rendering what the respondent entered). */
  fields: [name: string, text: string][];
  /** A field no browser form of ours would send: a malformed rating name, a repeated field or action. */
  tampered: boolean;
}

/** Reads the action and the rating fields of a urlencoded body. Pure; which cells exist, and which values, is decided later, once. */
export function parseForm(fields: URLSearchParams): ParsedForm {
  const out: ParsedForm = { action: undefined, ratings: [], fields: [], tampered: false };
  const seen = new Set<string>();
  for (const [key, raw] of fields) {
    if (key !== "action" && !key.startsWith("r.")) continue;
    if (seen.has(key)) out.tampered = true;
    seen.add(key);
    if (key === "action") {
      if (raw === "draft" || raw === "submit" || raw === "decline") out.action = raw;
      continue;
    }
    const dot = key.indexOf(".", 2);
    if (dot < 0 || key.includes(".", dot + 1)) {
      out.tampered = true;
      continue;
    }
    out.ratings.push({ target: key.slice(2, dot), item: key.slice(dot + 1), value: fromFormValue(raw) });
    out.fields.push([key, raw]);
  }
  return out;
}

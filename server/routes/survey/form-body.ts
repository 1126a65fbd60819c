// Turns a posted urlencoded form (r.<target>.<item> = 1..5 | na, action, show) into ratings, the field each came from, and a tamper flag.
import { fromFormValue } from "../../views/fields.ts";
import { SHOW_FIELD } from "../../views/show-choice.ts";

/** "start" and "decline" are the family's/child's "I want to answer" and "I don't want to answer". */
export type FormAction = "draft" | "submit" | "start" | "decline";

/** A rating as posted: the value is a number, null (N/A) or the text that was sent, for the schema to judge. */
export interface PostedRating {
  target: string;
  item: string;
  value: number | null | string;
}

export interface ParsedForm {
  action: FormAction | undefined;
  /** Where a draft was saved from (`draft:<at>`): a target id or `send`, checked against the form by the caller. */
  at: string | undefined;
  /** The family's choice to be shown (the checkbox sends `show=1`; unchecked sends nothing). */
  show: boolean;
  ratings: PostedRating[];
  /** The posted field name and text of each rating, by index (for re-rendering what the respondent entered). */
  fields: [name: string, text: string][];
  /** A field no browser form of ours would send: a malformed rating name, a repeated field or action. */
  tampered: boolean;
}

/** Reads the action and the rating fields of a urlencoded body. Pure; which cells exist, and which values, is decided later, once. */
export function parseForm(fields: URLSearchParams): ParsedForm {
  const out: ParsedForm = { action: undefined, at: undefined, show: false, ratings: [], fields: [], tampered: false };
  const seen = new Set<string>();
  for (const [key, raw] of fields) {
    if (key !== "action" && key !== SHOW_FIELD && !key.startsWith("r.")) continue;
    if (seen.has(key)) out.tampered = true;
    seen.add(key);
    if (key === SHOW_FIELD) {
      out.show = raw === "1";
      continue;
    }
    if (key === "action") {
      if (raw === "draft" || raw === "submit" || raw === "start" || raw === "decline") out.action = raw;
      else if (raw.startsWith("draft:") && raw.length > 6) {
        out.action = "draft";
        out.at = raw.slice(6);
      }
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

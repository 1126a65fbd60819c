// Turns a posted form (r.<target>.<item> = 1..5 | na) into ratings, the field each came from, and a tamper flag.
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
  /** A field no browser form of ours would send: a malformed rating name, a repeated field, a file. */
  tampered: boolean;
}

/** Posted body as Hono's parseBody({ all: true }) returns it. */
export type PostedBody = Record<string, string | File | (string | File)[]>;

/** Reads the rating fields. Pure; which targets and items exist, and which values, is decided later, once. */
export function parseForm(body: PostedBody): ParsedForm {
  const out: ParsedForm = { action: undefined, ratings: [], fields: [], tampered: false };
  const a = body.action;
  if (a === "draft" || a === "submit" || a === "decline") out.action = a;
  for (const [key, raw] of Object.entries(body)) {
    if (!key.startsWith("r.")) continue;
    const parts = key.split(".");
    if (parts.length !== 3 || typeof raw !== "string") {
      out.tampered = true;
      continue;
    }
    out.ratings.push({ target: parts[1], item: parts[2], value: fromFormValue(raw) });
    out.fields.push([key, raw]);
  }
  return out;
}

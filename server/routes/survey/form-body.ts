// Turns a posted form (r.<target>.<item> = 1..5 | na) into ratings, per-field problems and a tamper flag.
import type { Rating } from "../../../domain/index.ts";
import type { AnswerScope } from "../../../surveys/answers.ts";
import { fromFormValue } from "../../views/fields.ts";
import type { FieldError } from "../../views/survey-types.ts";

/** "decline" is the family's/child's "I don't want to answer". */
export type FormAction = "draft" | "submit" | "decline";

export interface ParsedForm {
  action: FormAction | undefined;
  ratings: Rating[];
  /** What the respondent entered, keyed by field name, for re-rendering (invalid values left out). */
  values: Map<string, string>;
  /** Known cells whose value is not 1..5 or na. */
  invalid: FieldError[];
  /** A field no browser form of ours would send: unknown target or item, self-rating, repeated field, file. */
  tampered: boolean;
}

/** Posted body as Hono's parseBody({ all: true }) returns it. */
export type PostedBody = Record<string, string | File | (string | File)[]>;

/** Parses the posted fields against the respondent's scope. Pure; the route decides the status code. */
export function parseForm(body: PostedBody, scope: AnswerScope): ParsedForm {
  const targets = new Set(scope.targetIds);
  const items = new Set(scope.itemIds);
  const out: ParsedForm = { action: undefined, ratings: [], values: new Map(), invalid: [], tampered: false };
  const a = body.action;
  if (a === "draft" || a === "submit" || a === "decline") out.action = a;
  for (const [key, raw] of Object.entries(body)) {
    if (!key.startsWith("r.")) continue;
    const parts = key.split(".");
    const [, target, item] = parts;
    if (parts.length !== 3 || !targets.has(target) || !items.has(item) || typeof raw !== "string") {
      out.tampered = true;
      continue;
    }
    const value = fromFormValue(raw);
    if (value === undefined) {
      out.invalid.push({ target, item, kind: "invalid" });
      continue;
    }
    out.ratings.push({ target, item, value });
    out.values.set(key, raw);
  }
  return out;
}

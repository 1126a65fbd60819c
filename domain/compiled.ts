// Validators compiled from the domain's zod schemas (z.toJSONSchema → ajv): the same rules, checked in generated code.
import { Ajv, type ErrorObject } from "ajv";
import { z } from "zod";
import type { Issue } from "./errors.ts";

/**
 * Options that make ajv judge exactly as zod does: patterns without the `u` flag (as zod's `.regex()` runs them),
 * formats left to the patterns zod puts beside them, defaults filled in. String lengths count code points in both.
 * JSON Schema draft 7, not 2020-12: without `unevaluated*` tracking ajv's `anyOf` (zod's `.nullable()`) stops at
 * the first branch that fits, so a valid value costs no error objects.
 */
const ajv = new Ajv({ useDefaults: true, allErrors: true, unicodeRegExp: false, validateFormats: false, strict: true });

/** What a compiled check returns, shaped like zod's `safeParse`. */
export type CheckResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/** Most issues reported for one input (as for zod issues elsewhere). */
const MAX_ISSUES = 50;

/** A JSON pointer ("/ratings/3/value") as the dotted path issues use ("ratings.3.value"). */
const dotted = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

/** ajv's errors as issues: one per path (the first, most specific message), naming the missing or extra key. */
function toIssues(errors: ErrorObject[]): Issue[] {
  const byPath = new Map<string, Issue>();
  for (const e of errors) {
    const key = (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (e.params as { additionalProperty?: string }).additionalProperty;
    const path = dotted(e.instancePath) + (key === undefined ? "" : (e.instancePath ? "." : "") + key);
    if (!byPath.has(path)) byPath.set(path, { path, code: e.keyword, message: e.message ?? "is not valid" });
    if (byPath.size >= MAX_ISSUES) break;
  }
  return [...byPath.values()];
}

/**
 * Compiles `schema` (its input side) into a validator that accepts exactly what `schema.safeParse` accepts.
 * Unlike zod it returns the value itself, with defaults filled in place, and allocates nothing when the value is
 * valid (beyond the result); keys that a non-strict zod object would strip stay on the value, so callers copy the fields
 * they keep.
 */
export function compileSchema<S extends z.ZodType>(schema: S): (value: unknown) => CheckResult<z.output<S>> {
  const validate = ajv.compile(z.toJSONSchema(schema, { io: "input", target: "draft-7" }));
  return (value) => (validate(value) ? { success: true, data: value as z.output<S> } : { success: false, issues: toIssues(validate.errors ?? []) });
}

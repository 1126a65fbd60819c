// The stored release checked by generated code (compiled from the StoredRelease schema): a document of many MB costs a fraction of zod's parse.
import { compileSchema, type CheckResult } from "./compiled.ts";
import { invalid } from "./errors.ts";
import { ReleaseLinks, StoredRelease } from "./release.ts";

let compiled: ((value: unknown) => CheckResult<StoredRelease>) | undefined;

/**
 * Accepts exactly what `StoredRelease.safeParse` accepts and returns the value itself (not a copy: keys zod would
 * strip stay), compiled on first use.
 */
export function checkStoredRelease(value: unknown): CheckResult<StoredRelease> {
  compiled ??= compileSchema(StoredRelease);
  return compiled(value);
}

let compiledLinks: ((value: unknown) => CheckResult<ReleaseLinks>) | undefined;

/** Accepts exactly what `ReleaseLinks.safeParse` accepts (the links part alone, millions of numbers in a large municipality), compiled on first use. */
export function checkReleaseLinks(value: unknown): CheckResult<ReleaseLinks> {
  compiledLinks ??= compileSchema(ReleaseLinks);
  return compiledLinks(value);
}

/** A release handed to the store: the value itself when valid, else a validation error naming the wrong paths. */
export function validRelease(value: unknown): StoredRelease {
  const checked = checkStoredRelease(value);
  if (checked.success) return checked.data;
  throw invalid("invalid_release", "Not a valid aggregate release", checked.issues);
}

/** A release read back from storage: the value itself when valid, else an Error naming the first wrong path (damaged data). */
export function storedRelease(value: unknown): StoredRelease {
  const checked = checkStoredRelease(value);
  if (checked.success) return checked.data;
  const issue = checked.issues[0];
  throw new Error(`The stored aggregate release is damaged at ${issue?.path || "top level"}: ${issue?.message ?? "not valid"}`);
}

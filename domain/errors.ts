// The one error type of the domain and service layer, and the JSON shape errors take; server/http/errors.ts maps `kind` to a status.
import { z } from "zod";

/** What went wrong, independent of the transport (HTTP picks 400/401/403/404/409/413/422/429/503 from it). */
export type ErrorKind =
  | "invalid" // the input is malformed or breaks a rule (400)
  | "unprocessable" // well-formed but not acceptable, e.g. a file with bad cells or ratings outside the survey (422)
  | "unauthorized" // not logged in (401)
  | "forbidden" // logged in, not allowed (403)
  | "not_found" // missing or not visible to this user (404)
  | "conflict" // the state does not allow it now: round open, code taken, duplicate import (409)
  | "too_large" // over a stated size limit (413)
  | "unsupported_media_type" // the body is not in a content type the operation reads (415)
  | "rate_limited" // too many attempts (429)
  | "unavailable" // the store cannot save right now (503)
  | "internal"; // a failure on our side the caller cannot fix, e.g. an undo that did not complete (500)

/**
 * One problem in the input. `path` is dotted from the input's root ("ratings.3.value", "members.0.label"),
 * or for files `line`/`column` (1-based) and `sheet`. Never echoes secret input values back.
 */
export interface Issue {
  path?: string;
  message: string;
  code?: string;
  line?: number;
  column?: number;
  sheet?: string;
  /** Extra machine-readable context, e.g. the target and item of a rating. */
  target?: string;
  item?: string;
}

/** Thrown by domain and service functions; callers (HTTP, CLI) decide how to show it. */
export class LagetError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** A stable snake_case code clients can branch on, e.g. "round_not_open". */
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    /** Seconds to wait before retrying (rate_limited). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "LagetError";
  }
}

/** Shorthands for the common kinds. */
export const invalid = (code: string, message: string, issues?: Issue[]) => new LagetError("invalid", code, message, issues);
export const unprocessable = (code: string, message: string, issues?: Issue[]) => new LagetError("unprocessable", code, message, issues);
export const notFound = (what = "Resource") => new LagetError("not_found", "not_found", `${what} not found`);
export const conflict = (code: string, message: string) => new LagetError("conflict", code, message);
export const forbidden = (message = "You do not have access to this") => new LagetError("forbidden", "forbidden", message);
export const unauthorized = (message = "Log in first") => new LagetError("unauthorized", "unauthorized", message);
export const tooLarge = (code: string, message: string) => new LagetError("too_large", code, message);

/** zod issues → the one issue list (dotted paths, at most 50, never the input values). */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** The error for input that does not match its schema: code `invalid_input` with one issue per problem. */
export const invalidInput = (error: z.ZodError, message = "The request is not valid") => invalid("invalid_input", message, issuesFromZod(error));

/** One issue as it appears in an error body. */
export const IssueBody = z.object({
  path: z.string().optional(),
  message: z.string(),
  code: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  sheet: z.string().optional(),
  target: z.string().optional(),
  item: z.string().optional(),
});

/** The body of every error answer of the JSON API: `{ error: { code, message, issues? } }`. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(IssueBody).optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

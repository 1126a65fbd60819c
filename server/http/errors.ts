// JSON error shape for the whole API: { error: { code, message, issues? } } with the right status code.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { LagetError, type ErrorKind } from "../../domain/index.ts";
import { StoreUnavailableError } from "../store/types.ts";

/** The status code of each kind of error. */
export const STATUS_OF: Record<ErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** The JSON error answer of a LagetError (and Retry-After when it says how long to wait). */
export function errorResponse(c: Context, err: LagetError): Response {
  if (err.retryAfter !== undefined) c.header("Retry-After", String(err.retryAfter));
  const { code, message, issues } = err;
  return c.json({ error: issues ? { code, message, issues } : { code, message } }, STATUS_OF[err.kind]);
}

/** One validation problem, path joined with dots (e.g. "ratings.3.value"). */
export interface IssueOut {
  path: string;
  message: string;
}

/** Thrown by route code; the app's error handler turns it into the JSON error response. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: IssueOut[],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Shorthands for the common cases. */
export const badRequest = (message: string, issues?: IssueOut[]) => new ApiError(400, "bad_request", message, issues);
export const notFound = (what = "Resource") => new ApiError(404, "not_found", `${what} not found`);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);
export const forbidden = (message = "You do not have access to this") => new ApiError(403, "forbidden", message);
export const unauthorized = (message = "Log in first") => new ApiError(401, "unauthorized", message);

/** Writes the JSON error body. */
export function errorJson(c: Context, status: ContentfulStatusCode, code: string, message: string, issues?: IssueOut[]) {
  return c.json({ error: issues ? { code, message, issues } : { code, message } }, status);
}

/** zod issues → the API's issue list (never echoes the input values back). */
export function zodIssues(err: z.ZodError): IssueOut[] {
  return err.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** Central error handler: known errors map to 4xx/503, anything else is logged and becomes a 500 without details. */
export function handleError(err: Error, c: Context): Response | Promise<Response> {
  if (err instanceof LagetError) return errorResponse(c, err);
  if (err instanceof ApiError) return errorJson(c, err.status, err.code, err.message, err.issues);
  if (err instanceof z.ZodError) return errorJson(c, 400, "invalid_input", "The request is not valid", zodIssues(err));
  if (err instanceof StoreUnavailableError) {
    return errorJson(c, 503, "store_unavailable", "The data store cannot save right now (disk full, read-only or no permission). Nothing was changed; try again shortly.");
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return errorJson(c, status, status === 413 ? "payload_too_large" : "http_error", err.message || "Request refused");
  }
  console.error(`[laget] unhandled error on ${c.req.method} ${c.req.path}: ${err.name}: ${err.message}`);
  return errorJson(c, 500, "internal", "Something went wrong on the server");
}

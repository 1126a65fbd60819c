// The one place errors become HTTP: LagetError kind → status, JSON body { error: { code, message, issues? } }, Retry-After.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import { z } from "zod";
import { LagetError, invalidInput, type ErrorKind } from "../../domain/index.ts";
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
  internal: 500,
  unavailable: 503,
};

/** The JSON error answer of a LagetError (and Retry-After when it says how long to wait). */
export function errorResponse(c: Context, err: LagetError): Response {
  if (err.retryAfter !== undefined) c.header("Retry-After", String(err.retryAfter));
  const { code, message, issues } = err;
  return c.json({ error: issues ? { code, message, issues } : { code, message } }, STATUS_OF[err.kind]);
}

/** Errors from outside the domain (the store, zod, Hono's own middleware) as LagetErrors; undefined for the unexpected. */
function asLagetError(err: Error): LagetError | undefined {
  if (err instanceof LagetError) return err;
  if (err instanceof z.ZodError) return invalidInput(err);
  if (err instanceof StoreUnavailableError) {
    return new LagetError("unavailable", "store_unavailable", "The data store cannot save right now (disk full, read-only or no permission). Nothing was changed; try again shortly.");
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return new LagetError("too_large", "payload_too_large", err.message || "The request body is too large");
    if (err.status === 415) return new LagetError("unsupported_media_type", "unsupported_media_type", "Send the body as application/json");
    if (err.status === 400) return new LagetError("invalid", "http_error", err.message || "Request refused");
  }
  return undefined;
}

/** Central error handler: known errors map to their status, anything else is logged and becomes a 500 without details. */
export function handleError(err: Error, c: Context): Response {
  const known = asLagetError(err);
  if (known) return errorResponse(c, known);
  if (err instanceof HTTPException) {
    return c.json({ error: { code: "http_error", message: err.message || "Request refused" } }, err.status as ContentfulStatusCode);
  }
  // The route's pattern, not the path: a respondent's path holds their token.
  console.error(`[laget] unhandled error on ${c.req.method} ${routePath(c)}: ${err.name}: ${err.message}`);
  return c.json({ error: { code: "internal", message: "Something went wrong on the server" } }, 500);
}

// The HTTP contract's building blocks: OpenAPIHono apps whose validation failures are the one error shape, JSON bodies, response declarations.
import { OpenAPIHono, type Hook } from "@hono/zod-openapi";
import type { BlankEnv, Env, MiddlewareHandler } from "hono/types";
import type { z } from "zod";
import { ErrorBody, LagetError, invalid, invalidInput } from "../../domain/index.ts";

/** Every validator's failure (params, query, body) becomes 400 `invalid_input` with one issue per problem. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route's input type
export const defaultHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) throw invalidInput(result.error);
};

/** An app of contract routes: `app.openapi(createRoute(...), handler)` validates with the route's schemas. */
export function contractApp<E extends Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook });
}

/**
 * Run before a route's body validator: the body must be sent as application/json (415 otherwise) and be
 * JSON (400 `invalid_json`). The parsed body stays in Hono's cache for the validator.
 */
export function jsonBody(): MiddlewareHandler<BlankEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) throw new LagetError("unsupported_media_type", "unsupported_media_type", "Send the body as application/json");
    try {
      await c.req.json();
    } catch {
      throw invalid("invalid_json", "The body is not valid JSON");
    }
    await next();
  };
}

/** A required JSON request body with this schema. */
export const jsonRequest = <S extends z.ZodType>(schema: S) => ({ required: true, content: { "application/json": { schema } } }) as const;

/** A JSON response with this schema. */
export const jsonResponse = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } }) as const;

const ERROR_TEXT = {
  400: "invalid input (`invalid_input` with `issues`, or another code naming the rule)",
  401: "not logged in, session expired or invalid API token",
  403: "role not allowed, district not yours, or missing `X-CSRF-Token` (`csrf`)",
  404: "not found, or in a district the user may not see",
  409: "the state does not allow it now",
  413: "request body over the limit",
  415: "body not sent as the content type the route reads",
  422: "a file with problems (`invalid_file`, issues with line and column)",
  429: "too many attempts (`Retry-After`)",
  500: "a failure on the server's side",
  503: "the data store cannot save right now",
} as const;
type ErrorStatus = keyof typeof ERROR_TEXT;
type ErrorResponses<S extends ErrorStatus> = { [K in S]: { description: string; content: { "application/json": { schema: typeof ErrorBody } } } };

/** Error responses (the one error body) for the given status codes. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): ErrorResponses<S> {
  const out: Record<number, unknown> = {};
  for (const s of statuses) out[s] = { description: ERROR_TEXT[s], content: { "application/json": { schema: ErrorBody } } };
  return out as ErrorResponses<S>;
}

/** The errors of an authenticated route without a body (bad params or query, not logged in, not allowed). */
export const READ_ERRORS = [400, 401, 403] as const;
/** The errors of an authenticated route with a JSON body: also too large and not JSON. */
export const WRITE_ERRORS = [400, 401, 403, 413, 415] as const;

// Reads and validates JSON request bodies and query strings with the domain's zod schemas.
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, zodIssues } from "./errors.ts";

/** Parses the JSON body (415 on other content types, 400 on malformed JSON) and validates it with the schema. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    // The body-limit middleware throws its own HTTPException when the stream runs over.
    if ((err as { status?: number })?.status === 413) throw err;
    throw new ApiError(400, "invalid_json", "The body is not valid JSON");
  }
  return validate(schema, raw);
}

/** Validates a value (body, query) and throws a 400 with the issue list. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, "invalid_input", "The request is not valid", zodIssues(result.error));
  return result.data;
}

/** Validates the query string. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return validate(schema, c.req.query());
}

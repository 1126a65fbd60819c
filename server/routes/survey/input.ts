// The JSON body of PUT /api/s/:token, read and validated once with the validator compiled from the domain's AnswerInput.
import type { Context } from "hono";
import { AnswerInput, LagetError, invalid, unprocessable } from "../../../domain/index.ts";
import { compileSchema } from "../../../domain/compiled.ts";

/** AnswerInput as generated code: the ratings' shape and their values (1–5 or null), checked in this one place. */
export const checkAnswerInput = compileSchema(AnswerInput);

/** The body as AnswerInput; LagetError 415 (not JSON), 400 (broken JSON) or 422 `validation_failed` with dotted paths. */
export async function readAnswerInput(c: Context): Promise<AnswerInput> {
  if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
    throw new LagetError("unsupported_media_type", "unsupported_media_type", "Send the answers as application/json.");
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    if ((err as { status?: number }).status === 413) throw err; // the body limit's own answer
    throw invalid("bad_json", "The body is not valid JSON.");
  }
  const checked = checkAnswerInput(body);
  if (!checked.success) throw unprocessable("validation_failed", "The answers do not have the expected shape.", checked.issues);
  return checked.data;
}

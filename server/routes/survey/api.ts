// JSON respondent API: GET /api/s/:token (state) and PUT /api/s/:token (replace the answer set).
import { Hono, type Context } from "hono";
import { AnswerInput } from "../../../domain/index.ts";
import { checkRatings, missingCells, type AnswerIssue } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { langFromRequest } from "../../i18n/index.ts";
import { acceptAnswers } from "./answer-check.ts";
import { apiStateJson } from "./api-json.ts";
import { loadSurvey, markOpened } from "./context.ts";
import { writeLimit } from "./limits.ts";
import { privateHeaders } from "./respond.ts";
import { saveAnswers } from "./save.ts";

type Status = 400 | 404 | 409 | 415 | 422;

/** `{ error: { code, message, issues? } }` with the private headers. */
function apiError(c: Context, status: Status, code: string, message: string, issues?: unknown[]): Response {
  privateHeaders(c);
  return c.json({ error: issues ? { code, message, issues } : { code, message } }, status);
}

/** A 200 with JSON text built by apiStateJson (same Content-Type as c.json). */
const sendJson = (c: Context, json: string): Response => c.body(json, 200, { "Content-Type": "application/json" });

const notFound = (c: Context) => apiError(c, 404, "not_found", "No survey at this address.");

/** Answer issues as API issues, with a JSON path into the body when there is one. */
function toApiIssues(issues: AnswerIssue[]): unknown[] {
  return issues.map((i) => ({ ...(i.index === undefined ? {} : { path: ["ratings", i.index] }), code: i.code, target: i.target, item: i.item }));
}

/** Routes for the JSON API; mounted at the app root. */
export function apiRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get("/api/s/:token", async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return notFound(c);
    await markOpened(deps, ctx);
    privateHeaders(c);
    return sendJson(c, apiStateJson(ctx, langFromRequest(c)));
  });

  app.put("/api/s/:token", writeLimit(deps), async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"), { withAnswer: false });
    if (!ctx) return notFound(c);
    if (ctx.state !== "open") return apiError(c, 409, "round_closed", "This round is not open for answers.");
    if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
      return apiError(c, 415, "unsupported_media_type", "Send the answers as application/json.");
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return apiError(c, 400, "bad_json", "The body is not valid JSON.");
    }
    // Fast path: a valid, in-scope (and, to submit, complete) set; anything else gets the full checks below.
    const accepted = acceptAnswers(body, ctx.scope);
    if (accepted) {
      const saved = await saveAnswers(deps, ctx, accepted.ratings, accepted.submit, true);
      privateHeaders(c);
      return sendJson(c, apiStateJson(ctx, langFromRequest(c), saved));
    }
    const parsed = AnswerInput.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message }));
      return apiError(c, 422, "validation_failed", "The answers do not have the expected shape.", issues);
    }
    const { ratings, submit } = parsed.data;
    const bad = checkRatings(ratings, ctx.scope);
    if (bad.length > 0) return apiError(c, 422, "invalid_ratings", "Some ratings are about members or items not in this survey.", toApiIssues(bad));
    const missing = submit ? missingCells(ratings, ctx.scope) : [];
    if (missing.length > 0) return apiError(c, 422, "incomplete", "Answer every item (or N/A) before submitting.", toApiIssues(missing));
    const saved = await saveAnswers(deps, ctx, ratings, submit);
    privateHeaders(c);
    return sendJson(c, apiStateJson(ctx, langFromRequest(c), saved));
  });

  return app;
}

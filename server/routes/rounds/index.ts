// /api/rounds/:id: read, open (links once, or by e-mail), close, reopen, reminders, re-issue a member's link, response status and analysis.
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { AnalysisQuery, AnalysisResult, CaseRef, CloseAnswer, CloseRequest, Id, IssuedLink, OpenAnswer, OpenRequest, ReminderAnswer, Round, RoundStatusView } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { openRoundWith, sendReminders } from "../../services/mail/index.ts";
import { analyzeRound, closeRound, reissueMemberLink, roundDetail, roundStatus, setRoundOpen } from "../../services/rounds/index.ts";
import { CASE_MANAGERS, roundAccess } from "../guards.ts";

export { caseRoundRoutes } from "./case-rounds.ts";

const RoundParams = z.object({ id: Id });
const RoundAnswer = z.object({ round: Round });
/** A JSON body the client may leave out (no content type, or application/json with an empty body: see emptyAsObject). */
const optionalJson = <S extends z.ZodType>(schema: S) => ({ required: false, content: { "application/json": { schema } } }) as const;

/** Before an optional body's validator: an empty application/json body reads as `{}` (these routes took no body before). */
const emptyAsObject: MiddlewareHandler = async (c, next) => {
  if (/^application\/json\b/i.test(c.req.header("content-type") ?? "") && (await c.req.text()).trim() === "") Object.assign(c.req.bodyCache, { text: Promise.resolve("{}") });
  await next();
};

/** Mounted at /api/rounds (behind authenticate + CSRF). */
export function roundRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  // Loads the round (and its case) before the validators run: another district's round is 404 whatever the request holds.
  const access = roundAccess(ctx);
  const transition = <P extends string>(path: P, summary: string) =>
    createRoute({
      method: "post", path, summary, middleware: [access] as const, request: { params: RoundParams },
      responses: { 200: jsonResponse(RoundAnswer, "the round"), ...errorResponses(...READ_ERRORS, 404, 409) },
    });
  const read = createRoute({
    method: "get", path: "/{id}", summary: "A round and its case", middleware: [access] as const,
    request: { params: RoundParams },
    responses: { 200: jsonResponse(z.object({ round: Round, case: CaseRef }), "the round"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const open = createRoute({
    method: "post", path: "/{id}/open", summary: "Open a draft round; the only answer that shows the links (those mailed with delivery email left out)", middleware: [access] as const,
    request: { params: RoundParams, body: optionalJson(OpenRequest) },
    responses: { 200: jsonResponse(OpenAnswer, "the open round, the links not mailed, and each mail's outcome"), ...errorResponses(...READ_ERRORS, 404, 409, 415) },
  });
  const close = createRoute({
    method: "post", path: "/{id}/close", summary: "Close an open round; erases the members' e-mail addresses unless keepAddresses", middleware: [access] as const,
    request: { params: RoundParams, body: optionalJson(CloseRequest) },
    responses: { 200: jsonResponse(CloseAnswer, "the closed round"), ...errorResponses(...READ_ERRORS, 404, 409, 415) },
  });
  const reminders = createRoute({
    method: "post", path: "/{id}/reminders", summary: "Mail a reminder with a new link to everyone with an address who has not submitted", middleware: [access] as const,
    request: { params: RoundParams },
    responses: { 200: jsonResponse(ReminderAnswer, "each member's outcome"), ...errorResponses(...READ_ERRORS, 404, 409, 429) },
  });
  const reopen = transition("/{id}/reopen", "Reopen a closed round (same links)");
  const reissue = createRoute({
    method: "post", path: "/{id}/links/{memberId}/reissue", summary: "A new link for one member; the old one stops working", middleware: [access] as const,
    request: { params: z.object({ id: Id, memberId: Id }) },
    responses: { 200: jsonResponse(z.object({ link: IssuedLink }), "the new link"), ...errorResponses(...READ_ERRORS, 404, 409) },
  });
  const status = createRoute({
    method: "get", path: "/{id}/status", summary: "Who has answered", middleware: [access] as const,
    request: { params: RoundParams },
    responses: { 200: jsonResponse(RoundStatusView, "progress per seat"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const analysis = createRoute({
    method: "get", path: "/{id}/analysis", summary: "The round's analysis (docs/design.md)", middleware: [access] as const,
    request: { params: RoundParams, query: AnalysisQuery },
    responses: { 200: jsonResponse(AnalysisResult, "the analysis"), ...errorResponses(...READ_ERRORS, 404) },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  app.use("/:id/open", emptyAsObject);
  app.use("/:id/close", emptyAsObject);
  return app
    .openapi(read, (c) => c.json(roundDetail(c.get("round"), c.get("kase")), 200))
    .openapi(open, async (c) => c.json(await openRoundWith(ctx, c.get("round"), c.get("kase"), c.get("user"), c.req.valid("json")), 200))
    .openapi(close, async (c) => c.json(await closeRound(ctx, c.get("round"), c.get("kase"), c.req.valid("json")), 200))
    .openapi(reminders, async (c) => c.json(await sendReminders(ctx, c.get("round"), c.get("kase"), c.get("user")), 200))
    .openapi(reopen, async (c) => c.json({ round: await setRoundOpen(ctx, c.get("round"), true) }, 200))
    .openapi(reissue, async (c) => c.json({ link: await reissueMemberLink(ctx, c.get("round"), c.req.valid("param").memberId) }, 200))
    .openapi(status, async (c) => c.json(await roundStatus(ctx, c.get("round")), 200))
    .openapi(analysis, async (c) => c.json(await analyzeRound(ctx.store, c.get("round"), c.req.valid("query")), 200));
}

// /api/rounds/:id: read, open (links once), close, reopen, re-issue a member's link, response status and analysis.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AnalysisQuery, AnalysisResult, CaseRef, Id, IssuedLink, Round, RoundStatusView } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { analyzeRound, openRound, reissueMemberLink, roundDetail, roundStatus, setRoundOpen } from "../../services/rounds/index.ts";
import { CASE_MANAGERS, roundAccess } from "../guards.ts";

export { caseRoundRoutes } from "./case-rounds.ts";

const RoundParams = z.object({ id: Id });
const RoundAnswer = z.object({ round: Round });

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
    method: "post", path: "/{id}/open", summary: "Open a draft round; the only answer that shows every link", middleware: [access] as const,
    request: { params: RoundParams },
    responses: { 200: jsonResponse(z.object({ round: Round, links: z.array(IssuedLink) }), "the open round and its links"), ...errorResponses(...READ_ERRORS, 404, 409) },
  });
  const close = transition("/{id}/close", "Close an open round");
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
  return app
    .openapi(read, (c) => c.json(roundDetail(c.get("round"), c.get("kase")), 200))
    .openapi(open, async (c) => c.json(await openRound(ctx, c.get("round")), 200))
    .openapi(close, async (c) => c.json({ round: await setRoundOpen(ctx, c.get("round"), false) }, 200))
    .openapi(reopen, async (c) => c.json({ round: await setRoundOpen(ctx, c.get("round"), true) }, 200))
    .openapi(reissue, async (c) => c.json({ link: await reissueMemberLink(ctx, c.get("round"), c.req.valid("param").memberId) }, 200))
    .openapi(status, async (c) => c.json(await roundStatus(ctx, c.get("round")), 200))
    .openapi(analysis, async (c) => c.json(await analyzeRound(ctx.store, c.get("round"), c.req.valid("query")), 200));
}

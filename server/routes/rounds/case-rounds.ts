// /api/cases/:id/rounds: list a case's rounds, create a survey round, import a round from pair scores.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id, Round, RoundCreate, RoundImport } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { createRound, importScores, listRounds } from "../../services/rounds/index.ts";
import { CASE_MANAGERS, caseAccess } from "../guards.ts";

const CaseParams = z.object({ id: Id });
const RoundAnswer = z.object({ round: Round });

/** Mounted at /api/cases/:id/rounds (behind authenticate + CSRF). */
export function caseRoundRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const access = caseAccess(ctx);
  const list = createRoute({
    method: "get", path: "/", summary: "The rounds of a case", middleware: [access] as const,
    request: { params: CaseParams },
    responses: { 200: jsonResponse(z.object({ rounds: z.array(Round) }), "the rounds"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const create = createRoute({
    method: "post", path: "/", summary: "Create a draft survey round", middleware: [access, jsonBody()] as const,
    request: { params: CaseParams, body: jsonRequest(RoundCreate) },
    responses: { 201: jsonResponse(RoundAnswer, "the draft round"), ...errorResponses(...WRITE_ERRORS, 404) },
  });
  const importPairs = createRoute({
    method: "post", path: "/import", summary: "A closed round from pair scores between member ids", middleware: [access, jsonBody()] as const,
    request: { params: CaseParams, body: jsonRequest(RoundImport) },
    responses: { 201: jsonResponse(RoundAnswer, "the imported round"), ...errorResponses(...WRITE_ERRORS, 404) },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app
    .openapi(list, async (c) => c.json({ rounds: await listRounds(ctx, c.get("kase")) }, 200))
    .openapi(create, async (c) => c.json({ round: await createRound(ctx, c.get("kase"), c.req.valid("json")) }, 201))
    .openapi(importPairs, async (c) => c.json({ round: await importScores(ctx, c.get("kase"), c.req.valid("json")) }, 201));
}

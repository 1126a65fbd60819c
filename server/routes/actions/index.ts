// /api/rounds/:id/actions and /api/cases/:id/actions: the actions a meeting agreed, recorded per round, followed up in the next.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { ActionCreate, ActionPatch, ActionView, Id, RoundActions } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { caseActions, createAction, roundActions, updateAction } from "../../services/actions/index.ts";
import { serviceContext } from "../../services/context.ts";
import { CASE_MANAGERS, caseAccess, roundAccess } from "../guards.ts";

const Params = z.object({ id: Id });
const ActionAnswer = z.object({ action: ActionView });

/** Mounted at /api (behind authenticate + CSRF); the case or round is loaded (404 when not visible) before the body is read. */
export function actionRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const managers = requireRole(...CASE_MANAGERS);
  const round = roundAccess(ctx);
  const list = createRoute({
    method: "get", path: "/rounds/{id}/actions", summary: "Actions agreed in this round, and the earlier rounds' actions it follows up",
    middleware: [managers, round] as const,
    request: { params: Params },
    responses: { 200: jsonResponse(RoundActions, "the actions with their scores before and after"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const create = createRoute({
    method: "post", path: "/rounds/{id}/actions", summary: "Record an action agreed on this round's results",
    middleware: [managers, round, jsonBody()] as const,
    request: { params: Params, body: jsonRequest(ActionCreate) },
    responses: { 201: jsonResponse(ActionAnswer, "the recorded action"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const update = createRoute({
    method: "patch", path: "/rounds/{id}/actions/{actionId}", summary: "Change an action (status, what, who, by when)",
    middleware: [managers, round, jsonBody()] as const,
    request: { params: z.object({ id: Id, actionId: Id }), body: jsonRequest(ActionPatch) },
    responses: { 200: jsonResponse(ActionAnswer, "the changed action"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const ofCase = createRoute({
    method: "get", path: "/cases/{id}/actions", summary: "Every action of the case with its status and follow-up",
    middleware: [managers, caseAccess(ctx)] as const,
    request: { params: Params },
    responses: { 200: jsonResponse(z.object({ actions: z.array(ActionView) }), "the actions, oldest round first"), ...errorResponses(...READ_ERRORS, 404) },
  });

  return contractApp<AuthEnv>()
    .openapi(list, async (c) => c.json(await roundActions(ctx, c.get("round")), 200))
    .openapi(create, async (c) => c.json({ action: await createAction(ctx, c.get("user"), c.get("round"), c.req.valid("json")) }, 201))
    .openapi(update, async (c) => c.json({ action: await updateAction(ctx, c.get("user"), c.get("round"), c.req.valid("param").actionId, c.req.valid("json")) }, 200))
    .openapi(ofCase, async (c) => c.json({ actions: await caseActions(ctx, c.get("kase")) }, 200));
}

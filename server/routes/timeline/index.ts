// GET /api/cases/:id/timeline: the case over time, every measured round analysed with one level, threshold and dimension.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id, TimelineQuery, TimelineView } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { caseTimelineView } from "../../services/timeline/index.ts";
import { CASE_MANAGERS, caseAccess } from "../guards.ts";

/** Mounted at /api (behind authenticate + CSRF). */
export function timelineRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const timeline = createRoute({
    method: "get", path: "/cases/{id}/timeline", summary: "Figures per round and each pair's score across the rounds",
    middleware: [requireRole(...CASE_MANAGERS), caseAccess(ctx)] as const,
    request: { params: z.object({ id: Id }), query: TimelineQuery },
    responses: { 200: jsonResponse(TimelineView, "the case over time"), ...errorResponses(...READ_ERRORS, 404) },
  });
  return contractApp<AuthEnv>().openapi(timeline, async (c) => c.json(await caseTimelineView(ctx, c.get("kase"), c.req.valid("query")), 200));
}

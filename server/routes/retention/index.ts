// GET /api/retention: the retention setting and the cases it erases soon (admins).
import { createRoute } from "@hono/zod-openapi";
import { RetentionQuery, RetentionView } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { retentionDue } from "../../services/retention/index.ts";

const due = createRoute({
  method: "get", path: "/", summary: "Cases the retention rule erases within `days` days (default 30), and overdue ones (admins)",
  middleware: [requireRole("admin")] as const,
  request: { query: RetentionQuery },
  responses: { 200: jsonResponse(RetentionView, "the setting and the cases due"), ...errorResponses(400, 401, 403) },
});

/** Mounted at /api/retention (behind authenticate + CSRF). */
export function retentionRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  return contractApp<AuthEnv>().openapi(due, async (c) => c.json(await retentionDue(ctx, c.req.valid("query").days), 200));
}

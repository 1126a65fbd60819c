// /api/aggregates: cross-case role-pair matrices, round-to-round change and their exports, with min-n suppression.
import { createRoute } from "@hono/zod-openapi";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { FILE_RESPONSE_HEADERS, fileContent, sendDownload } from "../../http/file.ts";
import { ChangeQuery, ChangeView, ExportQuery, PairsQuery, PairsView, buildChange, buildPairs, exportAggregates } from "../../services/aggregates/index.ts";
import { serviceContext } from "../../services/context.ts";

const pairs = createRoute({
  method: "get", path: "/", summary: "Role-pair matrices across the visible cases",
  request: { query: PairsQuery },
  responses: { 200: jsonResponse(PairsView, "the aggregate"), ...errorResponses(...READ_ERRORS) },
});
const change = createRoute({
  method: "get", path: "/change", summary: "Round-to-round change per role pair",
  request: { query: ChangeQuery },
  responses: { 200: jsonResponse(ChangeView, "the change"), ...errorResponses(...READ_ERRORS) },
});
const download = createRoute({
  method: "get", path: "/export", summary: "The aggregate (or the change, with from/to) as csv, csv-nb, xlsx or json",
  request: { query: ExportQuery },
  responses: {
    200: { description: "the file (attachment)", headers: FILE_RESPONSE_HEADERS, content: fileContent("text/csv", "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
    ...errorResponses(...READ_ERRORS),
  },
});

/** Mounted at /api/aggregates (behind authenticate + CSRF). Every role; the scope follows the user's districts. */
export function aggregateRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  app.use("*", requireRole("admin", "facilitator", "evaluator"));
  return app
    .openapi(pairs, async (c) => c.json(await buildPairs(ctx, c.get("user"), c.req.valid("query")), 200))
    .openapi(change, async (c) => c.json(await buildChange(ctx, c.get("user"), c.req.valid("query")), 200))
    .openapi(download, async (c) => sendDownload(c, await exportAggregates(ctx, c.get("user"), c.req.valid("query"))));
}

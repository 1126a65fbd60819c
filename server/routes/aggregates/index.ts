// /api/aggregates: views and exports of the published release (cross-case role-pair matrices and change), and publishing a new release.
import { createRoute } from "@hono/zod-openapi";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { FILE_RESPONSE_HEADERS, fileContent, sendDownload } from "../../http/file.ts";
import {
  ChangeQuery, ChangeView, ExportQuery, PairsQuery, PairsView, ReleasesAnswer, buildChange, buildPairs, exportAggregates, publishAggregates, releasesAnswer,
} from "../../services/aggregates/index.ts";
import { serviceContext } from "../../services/context.ts";

const pairs = createRoute({
  method: "get", path: "/", summary: "A period's role-pair matrices from the published release",
  request: { query: PairsQuery },
  responses: { 200: jsonResponse(PairsView, "the aggregate"), ...errorResponses(...READ_ERRORS, 404) },
});
const change = createRoute({
  method: "get", path: "/change", summary: "Change between two consecutive periods, from the published release",
  request: { query: ChangeQuery },
  responses: { 200: jsonResponse(ChangeView, "the change"), ...errorResponses(...READ_ERRORS, 404) },
});
const download = createRoute({
  method: "get", path: "/export", summary: "The aggregate (or the change, with from/to) as csv, csv-nb, xlsx or json",
  request: { query: ExportQuery },
  responses: {
    200: { description: "the file (attachment)", headers: FILE_RESPONSE_HEADERS, content: fileContent("text/csv", "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
    ...errorResponses(...READ_ERRORS, 404),
  },
});
const releases = createRoute({
  method: "get", path: "/releases", summary: "The published release in figures, and every publication",
  responses: { 200: jsonResponse(ReleasesAnswer, "the releases"), ...errorResponses(401, 403) },
});
const publish = createRoute({
  method: "post", path: "/releases", summary: "Publish a new release from the closed rounds (admins)", middleware: [requireRole("admin")] as const,
  responses: { 201: jsonResponse(ReleasesAnswer, "the new release"), ...errorResponses(401, 403, 409, 503) },
});

/** Mounted at /api/aggregates (behind authenticate + CSRF). Every role reads; the scope follows the user's districts. */
export function aggregateRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  app.use("*", requireRole("admin", "facilitator", "evaluator"));
  return app
    .openapi(pairs, async (c) => c.json(await buildPairs(ctx, c.get("user"), c.req.valid("query")), 200))
    .openapi(change, async (c) => c.json(await buildChange(ctx, c.get("user"), c.req.valid("query")), 200))
    .openapi(download, async (c) => sendDownload(c, await exportAggregates(ctx, c.get("user"), c.req.valid("query"))))
    .openapi(releases, async (c) => c.json(releasesAnswer(await ctx.store.getRelease()), 200))
    .openapi(publish, async (c) => c.json(await publishAggregates(ctx, c.get("user")), 201));
}

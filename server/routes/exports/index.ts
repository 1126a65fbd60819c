// GET /api/rounds/:id/export and /api/cases/:id/export: one round in any export format, or a whole case (xlsx, json).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses } from "../../http/contract.ts";
import { FILE_RESPONSE_HEADERS, fileContent, sendDownload } from "../../http/file.ts";
import { serviceContext } from "../../services/context.ts";
import { CaseExportQuery, RoundExportQuery, exportCase, exportRound } from "../../services/exports/index.ts";
import { CASE_MANAGERS, caseAccess, roundAccess } from "../guards.ts";

const Params = z.object({ id: Id });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Mounted at /api (behind authenticate + CSRF); same access as the analysis endpoint. */
export function exportRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const round = createRoute({
    method: "get", path: "/rounds/{id}/export", summary: "One round as csv, csv-long, csv-nb, xlsx, graphml, gexf, dl, pajek or json",
    middleware: [requireRole(...CASE_MANAGERS), roundAccess(ctx)] as const,
    request: { params: Params, query: RoundExportQuery },
    responses: {
      200: {
        description: "the file (attachment) with provenance headers",
        headers: FILE_RESPONSE_HEADERS,
        content: fileContent("text/csv", "application/json", "application/graphml+xml", "application/gexf+xml", "text/plain", XLSX),
      },
      ...errorResponses(...READ_ERRORS, 404),
    },
  });
  const kase = createRoute({
    method: "get", path: "/cases/{id}/export", summary: "All rounds of a case: xlsx (a sheet per round + \"Om\") or json",
    middleware: [requireRole(...CASE_MANAGERS), caseAccess(ctx)] as const,
    request: { params: Params, query: CaseExportQuery },
    responses: { 200: { description: "the file (attachment)", content: fileContent("application/json", XLSX) }, ...errorResponses(...READ_ERRORS, 404) },
  });

  return contractApp<AuthEnv>()
    .openapi(round, async (c) => sendDownload(c, await exportRound(ctx, c.get("round"), c.get("kase"), c.req.valid("query"))))
    .openapi(kase, async (c) => sendDownload(c, await exportCase(ctx, c.get("kase"), c.req.valid("query"))));
}

// POST /api/cases/:id/rounds/import-file: an uploaded matrix or long CSV/XLSX file → an imported round (dry run, duplicates, all-or-nothing).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { WRITE_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { readUpload, uploadLimit } from "../../http/upload.ts";
import { serviceContext } from "../../services/context.ts";
import { ImportDone, ImportDryRun, ImportFileQuery, importFile, startImportWorkers, type ImportWorkers } from "../../services/imports/index.ts";
import { CASE_MANAGERS, caseAccess, type CaseEnv } from "../guards.ts";

const BINARY = { type: "string", format: "binary" } as const;
const TEXT = { type: "string" } as const;

let shared: ImportWorkers | undefined;
/** The workers of apps not given their own: started on the first upload, one set per process. */
const sharedWorkers = () => (shared ??= startImportWorkers());

/**
 * Mounted at /api/cases/:id/rounds/import-file (behind authenticate + CSRF). Files are read and planned by
 * `workers` (default: one set per process, started on the first upload); the writes happen here.
 */
export function importRoutes(deps: AppDeps, workers?: ImportWorkers) {
  const ctx = serviceContext(deps);
  // The case is loaded (404 when not visible) before the query and the file are read; the upload has its own cap.
  const access = caseAccess(ctx);
  const upload = createRoute({
    method: "post", path: "/", summary: "Import a matrix or long CSV, or an XLSX workbook, as a closed round",
    middleware: [access, uploadLimit<CaseEnv>()] as const,
    request: {
      params: z.object({ id: Id }),
      query: ImportFileQuery,
      body: {
        required: true,
        description: "multipart field `file`, or the raw file with `?filename=` or `X-Filename`",
        content: {
          "multipart/form-data": { schema: { type: "object", properties: { file: BINARY }, required: ["file"] } },
          "text/csv": { schema: TEXT },
          "text/plain": { schema: TEXT },
          "text/tab-separated-values": { schema: TEXT },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: BINARY },
          "application/vnd.ms-excel": { schema: BINARY },
          "application/octet-stream": { schema: BINARY },
        },
      },
    },
    responses: {
      200: jsonResponse(ImportDryRun, "dry run: the plan, nothing written"),
      201: jsonResponse(ImportDone, "imported"),
      ...errorResponses(...WRITE_ERRORS, 404, 409, 422, 429, 500, 503),
    },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app.openapi(upload, async (c) => {
    const kase = c.get("kase");
    const { dryRun, allowDuplicate, round, instrumentId } = c.req.valid("query");
    const options = { dryRun, allowDuplicate, round, instrumentId, owner: c.get("user").id };
    const result = await importFile(ctx, kase, await readUpload(c), options, workers ?? sharedWorkers());
    return "dryRun" in result ? c.json(result, 200) : c.json(result, 201);
  });
}

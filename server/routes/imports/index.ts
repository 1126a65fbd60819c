// POST /api/cases/:id/rounds/import-file: an uploaded matrix or long CSV/XLSX file → an imported round (dry run, duplicates, all-or-nothing).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { WRITE_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { readUpload } from "../../http/upload.ts";
import { serviceContext } from "../../services/context.ts";
import { ImportDone, ImportDryRun, ImportFileQuery, importFile } from "../../services/imports/index.ts";
import { CASE_MANAGERS, caseAccess } from "../guards.ts";

const BINARY = { type: "string", format: "binary" } as const;
const TEXT = { type: "string" } as const;

/** Mounted at /api/cases/:id/rounds/import-file (behind authenticate + CSRF). */
export function importRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  // The case is loaded (404 when not visible) before the query and the file are read.
  const access = caseAccess(ctx);
  const upload = createRoute({
    method: "post", path: "/", summary: "Import a matrix or long CSV, or an XLSX workbook, as a closed round",
    middleware: [access] as const,
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
      ...errorResponses(...WRITE_ERRORS, 404, 409, 422, 500, 503),
    },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app.openapi(upload, async (c) => {
    const kase = c.get("kase");
    const { dryRun, allowDuplicate, round, instrumentId } = c.req.valid("query");
    const result = await importFile(ctx, kase, await readUpload(c), { dryRun, allowDuplicate, round, instrumentId });
    return "dryRun" in result ? c.json(result, 200) : c.json(result, 201);
  });
}

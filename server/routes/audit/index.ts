// /api/audit (admins only): the audit log newest first with filters and pages, and its export as CSV or JSON.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AuditEntry, AuditFilter, AuditQuery } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { contentDisposition, fileContent } from "../../http/file.ts";
import { audited, validQuery } from "../../middleware/audit/index.ts";
import { exportAuditLog, listAuditEntries } from "../../services/audit/index.ts";
import { serviceContext } from "../../services/context.ts";

const AuditPage = z.object({ entries: z.array(AuditEntry), next: z.number().int().nullable() });
const ExportQuery = AuditFilter.extend({ format: z.enum(["csv", "json"]).default("csv") }).strict();

const list = createRoute({
  method: "get", path: "/", summary: "Audit log entries, newest first (filters: caseId, userId, action, from, to; pages: before, limit)",
  request: { query: AuditQuery.strict() },
  responses: { 200: jsonResponse(AuditPage, "a page of entries; `next` is the `before` of the following page"), ...errorResponses(...READ_ERRORS) },
});
const download = createRoute({
  method: "get", path: "/export", summary: "The filtered audit log, oldest first, as CSV or JSON",
  request: { query: ExportQuery },
  responses: {
    200: { description: "the file (attachment)", content: fileContent("text/csv", "application/json") },
    ...errorResponses(...READ_ERRORS, 413),
  },
});

/** The filters a reading of the log used, as the entry that records the reading. */
const filterDetail = (c: Parameters<typeof validQuery>[0]) => {
  const { limit: _l, before: _b, ...q } = validQuery(c);
  return { detail: Object.fromEntries(Object.entries(q).filter(([, v]) => typeof v === "string" || typeof v === "number")) as Record<string, string | number> };
};

/** Mounted at /api/audit (behind authenticate + CSRF). Reading the log is itself recorded. */
export function auditRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  app.use("*", requireRole("admin"));
  app.get("/", audited(deps, "audit.view", filterDetail));
  app.get("/export", audited(deps, "audit.export", filterDetail));
  return app
    .openapi(list, async (c) => c.json(await listAuditEntries(ctx, c.req.valid("query")), 200))
    .openapi(download, async (c) => {
      const { format, ...filter } = c.req.valid("query");
      const { file, fileName } = await exportAuditLog(ctx, filter, format);
      return c.body(file.body as string, 200, { "Content-Type": file.mime, "Content-Disposition": contentDisposition(fileName) });
    });
}

// GET /api/cases/:id/access-export: everything stored about one case, for access requests (admins).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AccessExport, Id } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses } from "../../http/contract.ts";
import { contentDisposition } from "../../http/file.ts";
import { accessExport, accessExportFileName } from "../../services/access-export/index.ts";
import { serviceContext } from "../../services/context.ts";
import { caseAccess } from "../guards.ts";

/** Mounted at /api (behind authenticate + CSRF). */
export function accessExportRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const route = createRoute({
    method: "get", path: "/cases/{id}/access-export",
    summary: "Every stored record of a case (members, rounds, links, raw answers, imported scores) as JSON, for access requests (admins)",
    middleware: [requireRole("admin"), caseAccess(ctx)] as const,
    request: { params: z.object({ id: Id }) },
    responses: {
      200: { description: "the document (attachment)", content: { "application/json": { schema: AccessExport } } },
      ...errorResponses(...READ_ERRORS, 404),
    },
  });
  return contractApp<AuthEnv>().openapi(route, async (c) => {
    const kase = c.get("kase");
    const body = await accessExport(ctx, kase);
    return c.json(body, 200, { "Content-Disposition": contentDisposition(accessExportFileName(kase)) });
  });
}

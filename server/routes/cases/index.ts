// /api/cases: list, create, read, edit and delete cases (pseudonymous code, district, unit).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Case, CaseCreate, CasePatch, CaseSummary, Id, Member, Round } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { caseDetail, createCase, deleteCase, listCases, updateCase } from "../../services/cases/index.ts";
import { serviceContext } from "../../services/context.ts";
import { CASE_MANAGERS, caseAccess } from "../guards.ts";

const CaseParams = z.object({ id: Id });
const CaseAnswer = z.object({ case: Case });

/** Mounted at /api/cases (behind authenticate + CSRF). */
export function caseRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  // Loads the case before the validators run: another district's case is 404 whatever the request holds.
  const access = caseAccess(ctx);
  const list = createRoute({
    method: "get", path: "/", summary: "Visible cases with member, round and open-round counts",
    responses: { 200: jsonResponse(z.object({ cases: z.array(CaseSummary) }), "the cases"), ...errorResponses(401, 403) },
  });
  const create = createRoute({
    method: "post", path: "/", summary: "Create a case", middleware: [jsonBody()] as const,
    request: { body: jsonRequest(CaseCreate) },
    responses: { 201: jsonResponse(CaseAnswer, "the new case"), ...errorResponses(...WRITE_ERRORS, 409) },
  });
  const read = createRoute({
    method: "get", path: "/{id}", summary: "A case with its members and rounds", middleware: [access] as const,
    request: { params: CaseParams },
    responses: { 200: jsonResponse(z.object({ case: Case, members: z.array(Member), rounds: z.array(Round) }), "the case"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const update = createRoute({
    method: "patch", path: "/{id}", summary: "Change code, district or unit", middleware: [access, jsonBody()] as const,
    request: { params: CaseParams, body: jsonRequest(CasePatch) },
    responses: { 200: jsonResponse(CaseAnswer, "the changed case"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const remove = createRoute({
    method: "delete", path: "/{id}", summary: "Delete a case (not while a round is open)", middleware: [access] as const,
    request: { params: CaseParams },
    responses: { 204: { description: "deleted" }, ...errorResponses(...READ_ERRORS, 404, 409) },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app
    .openapi(list, async (c) => c.json({ cases: await listCases(ctx, c.get("user")) }, 200))
    .openapi(create, async (c) => c.json({ case: await createCase(ctx, c.get("user"), c.req.valid("json")) }, 201))
    .openapi(read, async (c) => c.json(await caseDetail(ctx, c.get("kase")), 200))
    .openapi(update, async (c) => c.json({ case: await updateCase(ctx, c.get("user"), c.get("kase"), c.req.valid("json")) }, 200))
    .openapi(remove, async (c) => {
      await deleteCase(ctx, c.get("kase"));
      return c.body(null, 204);
    });
}

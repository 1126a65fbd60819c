// /api/cases/:id/members: the seats of a case's team; edits are refused (409) while a round is open, except the e-mail address.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id, Member, MemberCreate, MemberPatch } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { addMember, listMembers, removeMember, updateMember } from "../../services/members/index.ts";
import { CASE_MANAGERS, caseAccess } from "../guards.ts";

const CaseParams = z.object({ id: Id });
const MemberParams = z.object({ id: Id, memberId: Id });
const MemberAnswer = z.object({ member: Member });

/** Mounted at /api/cases/:id/members (behind authenticate + CSRF). */
export function memberRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const access = caseAccess(ctx);
  const list = createRoute({
    method: "get", path: "/", summary: "The members of a case", middleware: [access] as const,
    request: { params: CaseParams },
    responses: { 200: jsonResponse(z.object({ members: z.array(Member) }), "the members"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const add = createRoute({
    method: "post", path: "/", summary: "Add a member (not while a round is open)", middleware: [access, jsonBody()] as const,
    request: { params: CaseParams, body: jsonRequest(MemberCreate) },
    responses: { 201: jsonResponse(MemberAnswer, "the new member"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const update = createRoute({
    method: "patch", path: "/{memberId}", summary: "Change a member's role or label (not while a round is open) or e-mail address (null erases it)", middleware: [access, jsonBody()] as const,
    request: { params: MemberParams, body: jsonRequest(MemberPatch) },
    responses: { 200: jsonResponse(MemberAnswer, "the changed member"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const remove = createRoute({
    method: "delete", path: "/{memberId}", summary: "Remove a member (not while a round is open)", middleware: [access] as const,
    request: { params: MemberParams },
    responses: { 204: { description: "removed" }, ...errorResponses(...READ_ERRORS, 404, 409) },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app
    .openapi(list, async (c) => c.json({ members: await listMembers(ctx, c.get("kase")) }, 200))
    .openapi(add, async (c) => c.json({ member: await addMember(ctx, c.get("kase"), c.req.valid("json")) }, 201))
    .openapi(update, async (c) => c.json({ member: await updateMember(ctx, c.get("kase"), c.req.valid("param").memberId, c.req.valid("json")) }, 200))
    .openapi(remove, async (c) => {
      await removeMember(ctx, c.get("kase"), c.req.valid("param").memberId);
      return c.body(null, 204);
    });
}

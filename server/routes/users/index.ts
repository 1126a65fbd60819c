// /api/users (admins only): list, create, change and delete users; see and revoke a user's API tokens.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { ApiTokenView, Id, PublicUser, UserCreate, UserPatch, notFound } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { auditSource } from "../../middleware/audit/index.ts";
import { serviceContext } from "../../services/context.ts";
import { createUser, deleteUser, listApiTokens, listUsers, publicUser, revokeApiToken, updateUser } from "../../services/users/index.ts";

const UserAnswer = z.object({ user: PublicUser });
const UserParam = z.object({ id: Id });

const list = createRoute({
  method: "get", path: "/", summary: "Every user (never password hashes)",
  responses: { 200: jsonResponse(z.object({ users: z.array(PublicUser) }), "the users"), ...errorResponses(401, 403) },
});
const create = createRoute({
  method: "post", path: "/", summary: "Create a user", middleware: [jsonBody()] as const,
  request: { body: jsonRequest(UserCreate) },
  responses: { 201: jsonResponse(UserAnswer, "the new user"), ...errorResponses(...WRITE_ERRORS, 409) },
});
const update = createRoute({
  method: "patch", path: "/{id}", summary: "Change a user; a new role, other districts, disabling or a new password end the user's sessions and API tokens",
  middleware: [jsonBody()] as const,
  request: { params: UserParam, body: jsonRequest(UserPatch) },
  responses: { 200: jsonResponse(UserAnswer, "the changed user"), ...errorResponses(...WRITE_ERRORS, 404) },
});
const remove = createRoute({
  method: "delete", path: "/{id}", summary: "Delete a user with their sessions and API tokens (their audit entries stay)",
  request: { params: UserParam },
  responses: { 204: { description: "deleted" }, ...errorResponses(...READ_ERRORS, 404) },
});
const tokens = createRoute({
  method: "get", path: "/{id}/tokens", summary: "A user's API tokens (never the tokens themselves)",
  request: { params: UserParam },
  responses: { 200: jsonResponse(z.object({ tokens: z.array(ApiTokenView) }), "the tokens"), ...errorResponses(...READ_ERRORS, 404) },
});
const revoke = createRoute({
  method: "delete", path: "/{id}/tokens/{tokenId}", summary: "Revoke one of a user's API tokens",
  request: { params: UserParam.extend({ tokenId: Id }) },
  responses: { 204: { description: "revoked" }, ...errorResponses(...READ_ERRORS, 404) },
});

/** Mounted at /api/users (behind authenticate + CSRF). */
export function userRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  app.use("*", requireRole("admin"));
  const userOf = async (id: string) => (await deps.store.getUser(id)) ?? Promise.reject(notFound("User"));
  return app
    .openapi(list, async (c) => c.json({ users: await listUsers(ctx) }, 200))
    .openapi(create, async (c) => c.json({ user: publicUser(await createUser(ctx, c.req.valid("json"), auditSource(c))) }, 201))
    .openapi(update, async (c) => {
      const user = await updateUser(ctx, c.get("user"), c.req.valid("param").id, c.req.valid("json"), auditSource(c), c.get("session")?.idHash);
      return c.json({ user: publicUser(user) }, 200);
    })
    .openapi(remove, async (c) => {
      await deleteUser(ctx, c.get("user"), c.req.valid("param").id, auditSource(c));
      return c.body(null, 204);
    })
    .openapi(tokens, async (c) => {
      const user = await userOf(c.req.valid("param").id);
      return c.json({ tokens: await listApiTokens(ctx, user.id) }, 200);
    })
    .openapi(revoke, async (c) => {
      const { id, tokenId } = c.req.valid("param");
      await revokeApiToken(ctx, await userOf(id), tokenId, auditSource(c));
      return c.body(null, 204);
    });
}

// /api/users (admins only): list, create and edit users, their role and the districts they may see.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Id, PublicUser, UserCreate, UserPatch } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { createUser, listUsers, publicUser, updateUser } from "../../services/users/index.ts";

const UserAnswer = z.object({ user: PublicUser });

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
  method: "patch", path: "/{id}", summary: "Change a user", middleware: [jsonBody()] as const,
  request: { params: z.object({ id: Id }), body: jsonRequest(UserPatch) },
  responses: { 200: jsonResponse(UserAnswer, "the changed user"), ...errorResponses(...WRITE_ERRORS, 404) },
});

/** Mounted at /api/users (behind authenticate + CSRF). */
export function userRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  app.use("*", requireRole("admin"));
  return app
    .openapi(list, async (c) => c.json({ users: await listUsers(ctx) }, 200))
    .openapi(create, async (c) => c.json({ user: publicUser(await createUser(ctx, c.req.valid("json"))) }, 201))
    .openapi(update, async (c) => c.json({ user: publicUser(await updateUser(ctx, c.get("user"), c.req.valid("param").id, c.req.valid("json"))) }, 200));
}

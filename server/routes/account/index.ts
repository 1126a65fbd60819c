// /api/account: the logged-in user's own password and API tokens (create with an expiry — shown once —, list, revoke).
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { ApiTokenView, Id, LagetError, PasswordChange, TokenCreate } from "../../../domain/index.ts";
import type { AuthEnv } from "../../auth/index.ts";
import { DEFAULT_API_TOKEN_DAYS, type AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { auditSource } from "../../middleware/audit/index.ts";
import { rateLimit } from "../../middleware/rate-limit/index.ts";
import { serviceContext } from "../../services/context.ts";
import { changeOwnPassword, createApiToken, listApiTokens, revokeApiToken } from "../../services/users/index.ts";

/** Only a logged-in browser may mint tokens or change the password: a stolen API token cannot extend itself. */
function sessionOnly(): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.get("authKind") !== "session") throw new LagetError("forbidden", "session_required", "Log in with a password or single sign-on for this; an API token cannot do it");
    await next();
  };
}

const Ended = z.object({ ok: z.literal(true), endedSessions: z.number().int(), endedTokens: z.number().int() });

const password = createRoute({
  method: "put", path: "/password", summary: "Change your own password (the current one required); ends your other sessions and your API tokens",
  request: { body: jsonRequest(PasswordChange) },
  responses: { 200: jsonResponse(Ended, "changed"), ...errorResponses(...WRITE_ERRORS, 409, 429) },
});
const list = createRoute({
  method: "get", path: "/tokens", summary: "Your API tokens (never the tokens themselves)",
  responses: { 200: jsonResponse(z.object({ tokens: z.array(ApiTokenView) }), "the tokens"), ...errorResponses(401) },
});
const create = createRoute({
  method: "post", path: "/tokens", summary: "Create an API token; the answer is the only time it is shown",
  request: { body: jsonRequest(TokenCreate) },
  responses: { 201: jsonResponse(z.object({ token: z.string(), apiToken: ApiTokenView }), "the new token"), ...errorResponses(...WRITE_ERRORS) },
});
const revoke = createRoute({
  method: "delete", path: "/tokens/{tokenId}", summary: "Revoke one of your API tokens",
  request: { params: z.object({ tokenId: Id }) },
  responses: { 204: { description: "revoked" }, ...errorResponses(...READ_ERRORS, 404) },
});

/** Mounted at /api/account (behind authenticate + CSRF); every role. */
export function accountRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const days = deps.config.apiTokenDays ?? DEFAULT_API_TOKEN_DAYS;
  // Guessing the current password with a stolen session: 5 wrong tries per user and 15 minutes.
  const guesses = rateLimit<AuthEnv>({ windowMs: 15 * 60_000, max: 5, now: deps.now, key: (c) => `pw:${c.get("user").id}`, cost: (c) => (c.res.status === 403 ? 1 : 0) });
  const app = contractApp<AuthEnv>();
  app.use("/password", sessionOnly(), guesses, jsonBody());
  app.post("/tokens", sessionOnly(), jsonBody());
  return app
    .openapi(password, async (c) => {
      const ended = await changeOwnPassword(ctx, c.get("user"), c.req.valid("json"), c.get("session")!.idHash, auditSource(c));
      return c.json({ ok: true as const, endedSessions: ended.sessions, endedTokens: ended.apiTokens }, 200);
    })
    .openapi(list, async (c) => c.json({ tokens: await listApiTokens(ctx, c.get("user").id) }, 200))
    .openapi(create, async (c) => {
      const { token, view } = await createApiToken(ctx, c.get("user"), c.req.valid("json"), days, auditSource(c));
      return c.json({ token, apiToken: view }, 201);
    })
    .openapi(revoke, async (c) => {
      await revokeApiToken(ctx, c.get("user"), c.req.valid("param").tokenId, auditSource(c));
      return c.body(null, 204);
    });
}

// /api/auth: login (failed logins limited per address + e-mail and per address), logout and "who am I" with the CSRF value.
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { LagetError, LoginInput, SessionView, unauthorized } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../http/contract.ts";
import { auditSource } from "../middleware/audit/index.ts";
import { clientIp, rateLimit } from "../middleware/rate-limit/index.ts";
import { NOBODY, personOf, recordAudit } from "../services/audit/index.ts";
import { publicUser } from "../services/users/index.ts";
import type { AuthEnv } from "./env.ts";
import { authenticate, csrfProtection } from "./middleware.ts";
import { dummyHash, verifyPassword } from "./password.ts";
import { clearSessionCookie, createSession, setSessionCookie } from "./sessions.ts";

export interface LoginLimit {
  windowMs: number;
  /** Failed logins per account and client address in the window; then that pair is locked until it ends. */
  max: number;
  /** Failed logins per client address over all e-mails in the window (password spraying); default 50. */
  failedPerIp?: number;
}

/** Failed logins allowed per account + address, and per address; a correct login costs nothing. */
export const DEFAULT_LOGIN_LIMIT: LoginLimit = { windowMs: 15 * 60 * 1000, max: 10, failedPerIp: 50 };

/** Only a refused password counts (401): a correct login, a malformed body or a switched-off login costs nothing. */
const failed = (c: Context) => (c.res.status === 401 ? 1 : 0);

/** The rate-limit bucket for a login attempt: peer address + the e-mail it tries. */
async function loginKey(c: Context): Promise<string> {
  const body = (await c.req.json().catch(() => ({}))) as { email?: unknown };
  const email = typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 200) : "";
  return `${clientIp(c)}|${email}`;
}

/** 403 `local_login_disabled` when password login is switched off (LOCAL_LOGIN=0: single sign-on only). */
function localLoginOn(deps: AppDeps): MiddlewareHandler {
  return async (_c, next) => {
    if (deps.config.localLogin === false) throw new LagetError("forbidden", "local_login_disabled", "Password login is switched off; log in with single sign-on");
    await next();
  };
}

const logoutRoute = createRoute({
  method: "post", path: "/logout", summary: "End the session",
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), "logged out"), ...errorResponses(401, 403) },
});
const meRoute = createRoute({
  method: "get", path: "/me", summary: "The logged-in user and the session's CSRF value",
  responses: { 200: jsonResponse(SessionView, "the session"), ...errorResponses(401) },
});

/**
 * Mounted at /api/auth. The login limits count failed logins only and are keyed by the client address (the
 * proxy's client with TRUST_PROXY), per account and per address: a guesser elsewhere cannot lock a colleague
 * out. Attempts are charged while they run (scrypt takes a while), so parallel guesses cannot slip past.
 */
export function authRoutes(deps: AppDeps, limit: LoginLimit = DEFAULT_LOGIN_LIMIT) {
  const common = { windowMs: limit.windowMs, now: deps.now, counters: deps.counters, cost: failed };
  const perIp = rateLimit({ ...common, name: "login-ip", max: limit.failedPerIp ?? 50, key: (c) => `ip:${clientIp(c)}` });
  const perAccount = rateLimit({ ...common, name: "login", max: limit.max, key: loginKey });
  const loginRoute = createRoute({
    method: "post", path: "/login", security: [], summary: "Log in with e-mail and password; sets the session cookie",
    middleware: [perIp, perAccount, localLoginOn(deps), jsonBody()] as const,
    request: { body: jsonRequest(LoginInput) },
    responses: { 200: jsonResponse(SessionView, "the session"), ...errorResponses(...WRITE_ERRORS, 429) },
  });

  const app = contractApp<AuthEnv>();
  app.use("/logout", authenticate(deps), csrfProtection());
  app.use("/me", authenticate(deps));
  return app
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid("json");
      const user = await deps.store.getUserByEmail(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !ok || user.disabled) {
        // The e-mail tried (it passed the e-mail check, so it is not a password typed into the wrong field), never the password.
        const reason = !user ? "unknown_user" : !ok ? "wrong_password" : "disabled";
        await recordAudit(deps, { actor: NOBODY, ip: clientIp(c) }, { action: "auth.login_failed", ...(user && { target: personOf(user) }), detail: { email, reason } });
        throw unauthorized("Wrong e-mail or password");
      }
      const { cookieValue, session } = await createSession(deps, user.id);
      await recordAudit(deps, { actor: personOf(user), ip: clientIp(c) }, { action: "auth.login" });
      setSessionCookie(c, deps, cookieValue);
      return c.json({ user: publicUser(user), csrfToken: session.csrf, expiresAt: session.expiresAt }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const session = c.get("session");
      if (session) await deps.store.deleteSession(session.idHash);
      await recordAudit(deps, auditSource(c), { action: "auth.logout" });
      clearSessionCookie(c, deps);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(meRoute, (c) => {
      const session = c.get("session");
      return c.json({ user: publicUser(c.get("user")), csrfToken: session?.csrf ?? null, expiresAt: session?.expiresAt ?? null }, 200);
    });
}

// Auth middleware factories: who is calling (bearer token or session cookie), CSRF for cookie requests, role checks.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { LagetError, forbidden, unauthorized, type UserRole } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { hashToken, isWellFormedToken } from "../security/tokens.ts";
import { tokenExpired } from "../services/users/tokens.ts";
import type { AuthEnv } from "./env.ts";
import { SESSION_COOKIE, findSession } from "./sessions.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves `Authorization: Bearer …` (a token that has not expired) or the session cookie (within its absolute
 * and idle limits) to an enabled user; 401 otherwise.
 */
export function authenticate(deps: AppDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!m || !isWellFormedToken(m[1])) throw unauthorized("Invalid API token");
      const found = await deps.store.getApiTokenByHash(hashToken(m[1]));
      if (found && tokenExpired(found, deps.now())) throw unauthorized("This API token has expired; create a new one");
      const user = found && (await deps.store.getUser(found.userId));
      if (!user || user.disabled) throw unauthorized("Invalid API token");
      c.set("user", user);
      c.set("authKind", "bearer");
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await findSession(deps, cookie) : undefined;
    const user = session && (await deps.store.getUser(session.userId));
    if (!session || !user || user.disabled) throw unauthorized(cookie ? "Your session has expired; log in again" : "Log in first");
    c.set("user", user);
    c.set("session", session);
    c.set("authKind", "session");
    await next();
  };
}

/** Cookie-authenticated state-changing requests must echo the session's CSRF value in X-CSRF-Token; bearer requests are exempt. */
export function csrfProtection(): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const session = c.get("session");
    if (c.get("authKind") === "session" && session && !SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header("x-csrf-token") ?? "";
      if (!sameText(sent, session.csrf)) throw new LagetError("forbidden", "csrf", "Missing or wrong X-CSRF-Token header");
    }
    await next();
  };
}

/** Allows only the given user roles (403 otherwise). Use after authenticate(). */
export function requireRole(...roles: UserRole[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get("user").role)) throw forbidden("Your role does not allow this");
    await next();
  };
}

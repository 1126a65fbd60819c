// Login sessions: a random cookie value, only its SHA-256 stored, with a CSRF secret and an expiry.
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Session } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { generateToken, hashToken, isWellFormedToken } from "../security/tokens.ts";

export const SESSION_COOKIE = "laget_session";

/** Creates and stores a session; returns the raw cookie value (never stored) and the session. */
export async function createSession(deps: AppDeps, userId: string): Promise<{ cookieValue: string; session: Session }> {
  const cookieValue = generateToken();
  const now = deps.now();
  const session: Session = {
    idHash: hashToken(cookieValue),
    userId,
    csrf: generateToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlMs).toISOString(),
  };
  await deps.store.putSession(session);
  return { cookieValue, session };
}

/** Looks up a live session by raw cookie value; expired sessions are deleted and give undefined. */
export async function findSession(deps: AppDeps, cookieValue: string): Promise<Session | undefined> {
  if (!isWellFormedToken(cookieValue)) return undefined;
  const session = await deps.store.getSession(hashToken(cookieValue));
  if (!session) return undefined;
  if (Date.parse(session.expiresAt) <= deps.now().getTime()) {
    await deps.store.deleteSession(session.idHash);
    return undefined;
  }
  return session;
}

/** Sets the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure behind HTTPS). */
export function setSessionCookie(c: Context, deps: AppDeps, cookieValue: string): void {
  setCookie(c, SESSION_COOKIE, cookieValue, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: deps.config.secureCookies,
    maxAge: Math.floor(deps.config.sessionTtlMs / 1000),
  });
}

/** Clears the session cookie in the browser. */
export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: deps.config.secureCookies, httpOnly: true, sameSite: "Lax" });
}

// Login sessions: a random cookie value, only its SHA-256 stored, with a CSRF secret, an absolute expiry and an idle timeout.
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Session } from "../../domain/index.ts";
import { DEFAULT_SESSION_IDLE_MS, type AppDeps } from "../deps.ts";
import { generateToken, hashToken, isWellFormedToken } from "../security/tokens.ts";

export const SESSION_COOKIE = "laget_session";

/** The idle timeout in force. */
export const idleTimeoutMs = (deps: AppDeps) => deps.config.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;

/** How stale `lastSeenAt` may get before a request writes it again: a minute, or half the idle timeout when that is shorter. */
const touchEveryMs = (deps: AppDeps) => Math.min(60_000, idleTimeoutMs(deps) / 2);

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
    lastSeenAt: now.toISOString(),
  };
  await deps.store.putSession(session);
  return { cookieValue, session };
}

/**
 * Looks up a live session by raw cookie value. A session past its absolute expiry, or unused for the idle
 * timeout, is deleted and gives undefined; a live one records this request as its last use (at most once a minute).
 */
export async function findSession(deps: AppDeps, cookieValue: string): Promise<Session | undefined> {
  if (!isWellFormedToken(cookieValue)) return undefined;
  const session = await deps.store.getSession(hashToken(cookieValue));
  if (!session) return undefined;
  const now = deps.now().getTime();
  const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
  if (Date.parse(session.expiresAt) <= now || now - lastSeen >= idleTimeoutMs(deps)) {
    await deps.store.deleteSession(session.idHash);
    return undefined;
  }
  if (now - lastSeen >= touchEveryMs(deps)) {
    const at = new Date(now).toISOString();
    await deps.store.touchSession(session.idHash, at);
    return { ...session, lastSeenAt: at };
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

// /api/auth/oidc: single sign-on login (code flow with PKCE, state, nonce), callback, refusal page and logout.
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as oidc from "openid-client";
import { LagetError, type ErrorKind } from "../../../domain/index.ts";
import type { AppDeps } from "../../deps.ts";
import { langFromRequest } from "../../i18n/index.ts";
import { clientIp, rateLimit } from "../../middleware/rate-limit/index.ts";
import type { AuthEnv } from "../env.ts";
import { authenticate, csrfProtection } from "../middleware.ts";
import { hashToken, isWellFormedToken } from "../../security/tokens.ts";
import { clearSessionCookie, createSession, SESSION_COOKIE, setSessionCookie } from "../sessions.ts";
import { OidcClient } from "./client.ts";
import { classifyFailure, isRefusalReason, ssoRefusal } from "./failure.ts";
import { IdTokenHints } from "./id-token-hints.ts";
import { refusalPage } from "./page.ts";
import { PendingLogins } from "./pending.ts";
import { provisionUser } from "./provision.ts";
import { mapClaims } from "./role-map.ts";
import type { OidcSettings } from "./settings.ts";

/** The browser's login in progress, sealed; sent only to /api/auth/oidc. */
export const LOGIN_COOKIE = "laget_oidc";
const BASE = "/api/auth/oidc";
const LOGIN_TTL_MS = 10 * 60 * 1000;

const STATUS: Partial<Record<ErrorKind, ContentfulStatusCode>> = { invalid: 400, unauthorized: 401, forbidden: 403, conflict: 409, unavailable: 503 };

/** A same-site path to return to after login: one leading slash, no scheme or host, no backslash; else "/". */
export function safeReturnPath(raw: string | undefined): string {
  if (!raw || raw.length > 500 || !raw.startsWith("/") || raw.startsWith("//") || /[\\\s]/.test(raw)) return "/";
  return raw;
}

export interface OidcRouteOptions {
  /** Logins started per client address and minute (default 30). */
  startsPerMinute?: number;
  /** Lets tests look at logins in progress. */
  pending?: PendingLogins;
}

/** Mounted at /api/auth/oidc when single sign-on is configured. */
export function oidcRoutes(deps: AppDeps, settings: OidcSettings, options: OidcRouteOptions = {}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const client = new OidcClient(settings, deps.now);
  const pending =
    options.pending ??
    new PendingLogins({ secret: settings.clientSecret, context: `${settings.issuer} ${settings.clientId}`, ttlMs: LOGIN_TTL_MS, now: deps.now });
  const hints = new IdTokenHints({ now: deps.now });
  const localLogin = deps.config.localLogin !== false;
  // Logins of the same person one after another, so two tabs cannot create the user twice.
  let provisioning: Promise<unknown> = Promise.resolve();

  const refuse = (c: Context, err: unknown) => {
    const refusal = err instanceof LagetError ? err : classifyFailure(err);
    // The message holds the reason and a library or OAuth error code only: no token, code, claim value or secret.
    console.warn(`laget: ${refusal.message}`);
    return c.redirect(`${BASE}/refused/${refusal.code}`, 303);
  };

  app.get("/", (c) => c.json({ enabled: true, name: settings.name, loginUrl: `${BASE}/login`, localLogin }));

  const starts = rateLimit({
    windowMs: 60_000, max: options.startsPerMinute ?? 30, now: deps.now, counters: deps.counters, name: "sso-start", key: (c) => `sso:${clientIp(c)}`,
  });
  app.get("/login", starts, async (c) => {
    const login = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(c.req.query("returnTo")),
    };
    let url: URL;
    try {
      url = await client.authorizationUrl(login);
    } catch (err) {
      return refuse(c, err);
    }
    setCookie(c, LOGIN_COOKIE, pending.start(login), {
      httpOnly: true,
      sameSite: "Lax",
      path: BASE,
      secure: deps.config.secureCookies,
      maxAge: LOGIN_TTL_MS / 1000,
    });
    return c.redirect(url.href, 302);
  });

  app.get("/callback", async (c) => {
    const login = pending.take(getCookie(c, LOGIN_COOKIE));
    deleteCookie(c, LOGIN_COOKIE, { path: BASE, secure: deps.config.secureCookies, httpOnly: true, sameSite: "Lax" });
    try {
      if (!login) throw ssoRefusal("login_expired");
      const result = await client.finish(new URL(c.req.url).searchParams, login);
      const grant = mapClaims(settings.roleMap, result.claims);
      const run = provisioning.then(() => provisionUser(deps.store, result, grant, deps.now()));
      provisioning = run.catch(() => undefined);
      const user = await run;
      // A session this browser still had (another user, or the same) ends: one browser, one session.
      const previous = getCookie(c, SESSION_COOKIE);
      if (previous && isWellFormedToken(previous)) await deps.store.deleteSession(hashToken(previous));
      const { cookieValue, session } = await createSession(deps, user.id);
      hints.remember(session.idHash, result.idToken, session.expiresAt);
      setSessionCookie(c, deps, cookieValue);
      return c.redirect(login.returnTo, 303);
    } catch (err) {
      // Store failures and bugs go to the app's error handler (503 / 500); refusals get their page.
      if (err instanceof LagetError && isRefusalReason(err.code)) return refuse(c, err);
      throw err;
    }
  });

  app.get("/refused/:reason", (c) => {
    const reason = c.req.param("reason");
    if (!isRefusalReason(reason)) return c.json({ error: { code: "not_found", message: "No such refusal" } }, 404);
    const lang = langFromRequest(c, { remember: true, secure: deps.config.secureCookies });
    return c.html(refusalPage(lang, reason, settings.name, `${BASE}/login`), STATUS[ssoRefusal(reason).kind] ?? 400);
  });

  // Ends the Laget session (any kind) and answers where to send the browser to end the provider's session too.
  app.post("/logout", authenticate(deps), csrfProtection(), async (c) => {
    const session = c.get("session");
    const idToken = session ? hints.take(session.idHash) : undefined;
    if (session) await deps.store.deleteSession(session.idHash);
    clearSessionCookie(c, deps);
    // Only a single sign-on user is sent on to the provider (after a restart the ID token is gone: client_id instead).
    const url = session && (idToken || c.get("user").sso) ? await client.endSessionUrl(idToken) : undefined;
    return c.json({ ok: true, redirectTo: url?.href ?? null });
  });

  return app;
}

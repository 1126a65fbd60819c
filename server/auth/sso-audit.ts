// Records single sign-on logins and refusals from the callback's answer: a refusal page's reason, or the session it created.
import type { MiddlewareHandler } from "hono";
import type { AppDeps } from "../deps.ts";
import { clientIp } from "../middleware/rate-limit/index.ts";
import { NOBODY, personOf, recordAudit } from "../services/audit/index.ts";
import { hashToken, isWellFormedToken } from "../security/tokens.ts";
import { SESSION_COOKIE } from "./sessions.ts";

const REFUSED = "/api/auth/oidc/refused/";

/**
 * Wraps GET /api/auth/oidc/callback. The callback answers 303 either to the refusal page (`auth.sso_refused`
 * with the reason) or back into the workspace with a new session cookie (`auth.sso_login` by that session's
 * user). Nothing from the provider (code, tokens, claims) is read or recorded.
 */
export function ssoAudit(deps: Pick<AppDeps, "store" | "now">): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status !== 303) return;
    const location = c.res.headers.get("location") ?? "";
    const ip = clientIp(c);
    if (location.startsWith(REFUSED)) {
      const reason = location.slice(REFUSED.length).replace(/[^a-z_]/g, "").slice(0, 40);
      await recordAudit(deps, { actor: NOBODY, ip }, { action: "auth.sso_refused", detail: { reason } });
      return;
    }
    const cookie = new RegExp(`(?:^|,\\s*)${SESSION_COOKIE}=([^;,]+)`).exec(c.res.headers.get("set-cookie") ?? "")?.[1];
    const session = cookie && isWellFormedToken(cookie) ? await deps.store.getSession(hashToken(cookie)) : undefined;
    const user = session && (await deps.store.getUser(session.userId));
    if (user) await recordAudit(deps, { actor: personOf(user), ip }, { action: "auth.sso_login" });
  };
}

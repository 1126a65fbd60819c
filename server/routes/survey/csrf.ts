// CSRF guard for the form POST: same-origin by Sec-Fetch-Site or Origin; see the note below for the choice.
import type { MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { AppDeps } from "../../deps.ts";
import { messagePage } from "../../views/message-page.ts";
import { pageLang, sendPage } from "./respond.ts";

/**
 * The personal token in the URL is itself a 256-bit secret and no cookie authenticates the
 * respondent, so a forged cross-site post would need the token anyway; a hidden per-link form
 * token would repeat that secret and add nothing. As defence in depth we reject posts a browser
 * marks as cross-site, via hono/csrf: allowed when Sec-Fetch-Site is same-origin, or when Origin is
 * our own (request URL or config.baseUrl). Because the pages send Referrer-Policy: no-referrer,
 * browsers post with `Origin: null`; modern ones also send Sec-Fetch-Site, which decides. An older
 * browser that sends `Origin: null` and no Sec-Fetch-Site is let through (it cannot be told apart
 * from a sandboxed attacker page, but that page would still need the secret token).
 */
export function formCsrf(deps: AppDeps): MiddlewareHandler {
  const configured = safeOrigin(deps.config.baseUrl);
  const check = csrf({
    secFetchSite: "same-origin",
    origin: (origin, c) => {
      if (origin === "null") return c.req.header("sec-fetch-site") === undefined;
      return origin === new URL(c.req.url).origin || origin === configured;
    },
  });
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
        await next();
      });
    } catch (err) {
      if (passed || !(err instanceof HTTPException) || err.status !== 403) throw err;
      const lang = pageLang(c, deps.config.secureCookies);
      return sendPage(c, 403, messagePage(lang, "forbiddenTitle", "forbiddenBody"));
    }
  };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

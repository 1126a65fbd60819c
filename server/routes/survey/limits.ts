// Rate limits for respondent routes: writes per personal link, and all requests per client address.
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../../deps.ts";
import { refuseMissesOnly } from "../../middleware/rate-limit/guess-limit.ts";
import { clientIp, rateLimit } from "../../middleware/rate-limit/index.ts";
import { hashToken } from "../../security/tokens.ts";
import { messagePage } from "../../views/message-page.ts";
import { pageLang, privateHeaders, sendPage } from "./respond.ts";

export interface SurveyLimits {
  /** Saves (POST form, PUT API) per link and minute; a person tapping "save" never comes near it. */
  writesPerLinkPerMinute: number;
  /** Requests per client address and minute; generous, since a school or office shares one address. */
  requestsPerIpPerMinute: number;
}

export const DEFAULT_SURVEY_LIMITS: SurveyLimits = { writesPerLinkPerMinute: 60, requestsPerIpPerMinute: 600 };

/** 429 as a page for the form and as JSON for the API. */
function tooMany(deps: AppDeps) {
  return (c: Context, retryAfter: number): Response => {
    if (c.req.path.startsWith("/api/")) {
      privateHeaders(c);
      return c.json({ error: { code: "rate_limited", message: `Too many requests. Try again in ${retryAfter} seconds.` } }, 429);
    }
    return sendPage(c, 429, messagePage(pageLang(c, deps.config.secureCookies), "tooManyTitle", "tooManyBody"));
  };
}

/** Limits writes per link (keyed by the token's hash, so no secret is kept in memory). */
export function writeLimit(deps: AppDeps, limits = deps.config.surveyLimits ?? DEFAULT_SURVEY_LIMITS): MiddlewareHandler {
  return rateLimit({
    windowMs: 60_000,
    max: limits.writesPerLinkPerMinute,
    now: deps.now,
    counters: deps.counters,
    name: "survey-write",
    key: (c) => `w:${hashToken(c.req.param("token") ?? "")}`,
    onLimit: tooMany(deps),
  });
}

/**
 * Counts every respondent request per client address (slows down anyone trying links at random); over the budget
 * only unknown links are refused, so a crowded address (a school, a proxy) never locks out its valid links.
 */
export function ipLimit(deps: AppDeps, limits = deps.config.surveyLimits ?? DEFAULT_SURVEY_LIMITS): MiddlewareHandler {
  return rateLimit({
    windowMs: 60_000, max: limits.requestsPerIpPerMinute, now: deps.now, counters: deps.counters, name: "survey-ip",
    key: (c) => `ip:${clientIp(c)}`, onLimit: tooMany(deps), refuseOnly: refuseMissesOnly,
  });
}

// Token-guessing brake for /s/* and /api/s/*: only failed lookups (404) count, per client address, and only they are refused (429).
import type { Context, MiddlewareHandler } from "hono";
import { LagetError } from "../../../domain/index.ts";
import { errorResponse } from "../../http/errors.ts";
import { langFromRequest } from "../../i18n/index.ts";
import { messagePage } from "../../views/message-page.ts";
import type { Counters } from "./counters.ts";
import { clientIp, rateLimit } from "./index.ts";

export interface GuessLimit {
  windowMs: number;
  /** Failed link lookups (404) allowed per client address and window; then its further misses get 429. */
  max: number;
}

/**
 * 30 misses per 10 minutes per address. A person who mistypes a link a few times never meets it. A valid link
 * always opens, however many misses its address has made: a school, an office or everyone behind a proxy
 * without TRUST_PROXY share one address, and one guesser there must not lock the others out. The brake is on
 * the guessing: past the budget every unknown link from the address is answered 429 instead of 404.
 */
export const DEFAULT_GUESS_LIMIT: GuessLimit = { windowMs: 10 * 60 * 1000, max: 30 };

/** 429 as JSON for the API and as a short page for the form (with the survey pages' private headers). */
function tooManyGuesses(c: Context, retryAfter: number): Response {
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  if (c.req.path.startsWith("/api/")) {
    return errorResponse(c, new LagetError("rate_limited", "rate_limited", `Too many unknown links from your address. Try again in ${retryAfter} seconds.`, undefined, retryAfter));
  }
  c.header("Content-Type", "text/html; charset=utf-8");
  return c.body(messagePage(langFromRequest(c), "tooManyTitle", "tooManyBody"), 429);
}

const miss = (c: Context) => c.res.status === 404;

/** The middleware; `now` is the app's injected clock, `counters` where the misses are counted (default: this process). */
export function guessLimit(limit: GuessLimit, now: () => Date, counters?: Counters): MiddlewareHandler {
  return rateLimit({
    ...limit,
    now,
    counters,
    name: "guess",
    key: (c) => `guess:${clientIp(c)}`,
    cost: (c) => (miss(c) ? 1 : 0),
    // Hits are free and never refused; the lookup settles within the same tick, so concurrent guesses overshoot
    // the budget by very little.
    prechargeCost: false,
    refuseOnly: miss,
    onLimit: tooManyGuesses,
  });
}

/** For other address limits of the respondent routes: over the budget, only unknown links (404) are refused. */
export const refuseMissesOnly = miss;

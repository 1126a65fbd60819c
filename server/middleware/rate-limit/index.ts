// Fixed-window rate limiter as a Hono middleware factory (login, the respondent routes and the link-guessing brake).
import type { Context, Env, MiddlewareHandler } from "hono";
import { LagetError } from "../../../domain/index.ts";
import { errorResponse } from "../../http/errors.ts";
import { memoryCounters, type Counters } from "./counters.ts";

export { memoryCounters, type Counters, type WindowCount } from "./counters.ts";
export { clientIp, parseTrustProxy, trustProxy, type TrustProxy } from "./client-address.ts";

export interface RateLimitOptions<E extends Env = Env> {
  /** Window length in milliseconds. */
  windowMs: number;
  /** Requests allowed per key and window; the next one gets 429. */
  max: number;
  /** Bucket key for a request (e.g. IP + e-mail). May read the body: Hono caches it for the handler. */
  key: (c: Context<E>) => string | Promise<string>;
  /**
   * Where the counts live (default: a Map in this process, one per limiter). Limiters sharing one `Counters`
   * (e.g. in PostgreSQL, shared by every instance) are told apart by `name`.
   */
  counters?: Counters;
  /** Prefix of this limiter's keys in `counters`, e.g. "login-ip". */
  name?: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Builds the 429 response; default is the API's JSON error. */
  onLimit?: (c: Context<E>, retryAfterSeconds: number) => Response | Promise<Response>;
  /** Upper bound on tracked keys of the default in-process counters; expired buckets are swept when it is reached. */
  maxKeys?: number;
  /**
   * What the finished request costs (read after the handler, e.g. 1 for a failed login, 0 for a good one).
   * Default: every request costs 1, charged before the handler runs.
   */
  cost?: (c: Context<E>) => number;
  /**
   * With `cost`: charge 1 up front and settle the difference afterwards (default true). Parallel requests then
   * cannot slip past, but more than `max` requests in flight from one key get 429 even if none of them would
   * cost anything. `false`: admit while the spent budget is below `max` and charge only the settled cost, so
   * free requests never count; the over-admission is bounded by the requests of that key in flight at the
   * moment the budget runs out (fine where the handler decides the cost within microseconds).
   */
  prechargeCost?: boolean;
  /**
   * Refuse only some requests of a key over its budget: the handler runs, and only a response this calls
   * refusable (e.g. a 404 for an unknown link) is replaced by the 429. Default: every request of a key over its
   * budget is refused before the handler runs.
   */
  refuseOnly?: (c: Context<E>) => boolean;
}

/** Limits requests per key: at most `max` in each `windowMs`, then 429 with Retry-After. */
export function rateLimit<E extends Env = Env>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  const counters = options.counters ?? memoryCounters(options.maxKeys);
  const prefix = options.name ? `${options.name}:` : "";
  const now = options.now ?? (() => new Date());
  const { windowMs, max, cost, refuseOnly } = options;
  const upFront = cost === undefined || options.prechargeCost !== false;

  const refuse = (c: Context<E>, resetAt: number, t: number) => {
    const retryAfter = Math.max(1, Math.ceil((resetAt - t) / 1000));
    c.header("Retry-After", String(retryAfter));
    if (options.onLimit) return options.onLimit(c, retryAfter);
    return errorResponse(c, new LagetError("rate_limited", "rate_limited", `Too many attempts. Try again in ${retryAfter} seconds.`, undefined, retryAfter));
  };

  return async (c, next) => {
    const t = now().getTime();
    const key = prefix + (await options.key(c));
    const bucket = await counters.hit(key, upFront ? 1 : 0, windowMs, t);
    let over = upFront ? bucket.count > max : bucket.count >= max;
    if (over && !refuseOnly) return refuse(c, bucket.resetAt, t);
    await next();
    const charge = cost ? cost(c) : 1;
    if (!upFront) {
      // Charged in the window current now (a window that ended meanwhile is replaced).
      if (charge > 0) {
        const after = await counters.hit(key, charge, windowMs, now().getTime());
        over ||= after.count > max;
      }
    } else if (charge !== 1) {
      await counters.settle(key, charge - 1, bucket.resetAt);
    }
    if (over && refuseOnly?.(c)) c.res = await refuse(c, bucket.resetAt, t);
  };
}

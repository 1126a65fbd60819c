// Fixed-window rate limiter as a Hono middleware factory (login, the respondent routes and the link-guessing brake).
import type { Context, Env, MiddlewareHandler } from "hono";
import { LagetError } from "../../../domain/index.ts";
import { errorResponse } from "../../http/errors.ts";
import { memoryCounters, type Counters } from "./counters.ts";

export { memoryCounters, type Counters, type WindowCount } from "./counters.ts";

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
   * What the finished request costs (read after the handler, e.g. 1 for a failed lookup, 0 for a hit).
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
}

/** The address of the TCP peer (no proxy headers are trusted), or "unknown" (e.g. in app.request tests). */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/** Limits requests per key: at most `max` in each `windowMs`, then 429 with Retry-After. */
export function rateLimit<E extends Env = Env>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  const counters = options.counters ?? memoryCounters(options.maxKeys);
  const prefix = options.name ? `${options.name}:` : "";
  const now = options.now ?? (() => new Date());
  const { windowMs, max, cost } = options;
  const upFront = cost === undefined || options.prechargeCost !== false;

  return async (c, next) => {
    const t = now().getTime();
    const key = prefix + (await options.key(c));
    const bucket = await counters.hit(key, upFront ? 1 : 0, windowMs, t);
    if (upFront ? bucket.count > max : bucket.count >= max) {
      const retryAfter = Math.max(1, Math.ceil((bucket.resetAt - t) / 1000));
      c.header("Retry-After", String(retryAfter));
      if (options.onLimit) return options.onLimit(c, retryAfter);
      return errorResponse(c, new LagetError("rate_limited", "rate_limited", `Too many attempts. Try again in ${retryAfter} seconds.`, undefined, retryAfter));
    }
    await next();
    if (!cost) return;
    const charge = cost(c);
    if (!upFront) {
      // Charged in the window current now (a window that ended meanwhile is replaced).
      if (charge > 0) await counters.hit(key, charge, windowMs, now().getTime());
    } else if (charge !== 1) {
      await counters.settle(key, charge - 1, bucket.resetAt);
    }
  };
}

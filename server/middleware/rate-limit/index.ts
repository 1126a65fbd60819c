// Fixed-window rate limiter as a Hono middleware factory (login, and the survey engineer's /s/* routes).
import type { Context, Env, MiddlewareHandler } from "hono";

export interface RateLimitOptions<E extends Env = Env> {
  /** Window length in milliseconds. */
  windowMs: number;
  /** Requests allowed per key and window; the next one gets 429. */
  max: number;
  /** Bucket key for a request (e.g. IP + e-mail). May read the body: Hono caches it for the handler. */
  key: (c: Context<E>) => string | Promise<string>;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Builds the 429 response; default is the API's JSON error. */
  onLimit?: (c: Context<E>, retryAfterSeconds: number) => Response | Promise<Response>;
  /** Upper bound on tracked keys; expired buckets are swept when it is reached. */
  maxKeys?: number;
  /**
   * What the finished request costs (read after the handler, e.g. 1 for a failed lookup, 0 for a hit).
   * Each request is charged 1 up front (so parallel requests cannot slip past) and the difference is
   * settled afterwards. Default: every request costs 1.
   */
  cost?: (c: Context<E>) => number;
}

interface Bucket {
  count: number;
  resetAt: number;
}

/** The address of the TCP peer (no proxy headers are trusted), or "unknown" (e.g. in app.request tests). */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/** Limits requests per key: at most `max` in each `windowMs`, then 429 with Retry-After. */
export function rateLimit<E extends Env = Env>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  const buckets = new Map<string, Bucket>();
  const now = options.now ?? (() => new Date());
  const maxKeys = options.maxKeys ?? 100_000;

  const sweep = (t: number) => {
    for (const [k, b] of buckets) if (b.resetAt <= t) buckets.delete(k);
    // Still full: drop the oldest entries rather than grow without bound.
    for (const k of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(k);
    }
  };

  return async (c, next) => {
    const t = now().getTime();
    const key = await options.key(c);
    let bucket = buckets.get(key);
    if (!bucket || bucket.resetAt <= t) {
      if (buckets.size >= maxKeys) sweep(t);
      bucket = { count: 0, resetAt: t + options.windowMs };
      buckets.set(key, bucket);
    }
    bucket.count += 1;
    if (bucket.count > options.max) {
      const retryAfter = Math.max(1, Math.ceil((bucket.resetAt - t) / 1000));
      c.header("Retry-After", String(retryAfter));
      if (options.onLimit) return options.onLimit(c, retryAfter);
      return c.json({ error: { code: "rate_limited", message: `Too many attempts. Try again in ${retryAfter} seconds.` } }, 429);
    }
    await next();
    if (options.cost && buckets.get(key) === bucket) bucket.count = Math.max(0, bucket.count + options.cost(c) - 1);
  };
}

// One log line per request: method, route pattern (never the raw path), status, duration and request id; no headers, query or body.
import type { Context, MiddlewareHandler } from "hono";
import { requestId, type RequestIdVariables } from "hono/request-id";
import { matchedRoutes, routePath } from "hono/route";
import { requestLevel, type Logger } from "../../logging/logger.ts";

/** The fields of a request line. */
export interface RequestLine {
  method: string;
  /** The pattern of the route that answered (`/s/:token`, `/api/cases/:id`), so no token or id of a path is logged. */
  route: string;
  status: number;
  /** Milliseconds from the request reaching the app until its response was ready, to 0.01 ms. */
  ms: number;
  reqId: string;
}

/** Probes that a load balancer or systemd makes every few seconds: logged at debug level while they answer 200. */
const PROBES = new Set(["/healthz", "/readyz"]);

/**
 * The pattern of the endpoint the request matched (also when a middleware answered first, e.g. 401), else of the
 * middleware it stopped at (`/api/*` for an unknown API path). Patterns come from the code, never from the URL.
 */
export function routePattern(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) if (routes[i].method !== "ALL") return routes[i].path;
  return routePath(c) || "*";
}

/** An unexpected error as type and first line of its message (kept short; never the request's data). */
const errorFields = (err: Error) => ({ type: err.name, message: String(err.message).split("\n")[0].slice(0, 200) });

/**
 * Logs each request once its response is ready, and gives it an id: the proxy's `X-Request-Id` when it is short and
 * plain (letters, digits, `_ - =`; at most 64 characters), else a random UUID; the id is sent back as `X-Request-Id`.
 */
export function requestLog(log: Logger): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  const ids = requestId({ limitLength: 64 });
  return async function requestLogMiddleware(c, next) {
    const start = performance.now();
    await ids(c, next);
    const status = c.res.status;
    const line: RequestLine = {
      method: c.req.method,
      route: routePattern(c),
      status,
      ms: Math.round((performance.now() - start) * 100) / 100,
      reqId: c.get("requestId"),
    };
    if (status >= 500 && c.error) log.error({ ...line, error: errorFields(c.error) }, "request");
    else if (status === 200 && PROBES.has(line.route)) log.debug(line, "request");
    else log[requestLevel(status)](line, "request");
  };
}

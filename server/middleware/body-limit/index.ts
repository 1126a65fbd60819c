// Request body cap that costs nothing on body-less requests: Content-Length check, streaming cap only for chunked bodies.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as streamingBodyLimit } from "hono/body-limit";

export interface BodyLimitOptions {
  /** Largest accepted body in bytes. */
  maxSize: number;
  /** The 413 response. */
  onError: (c: Context) => Response | Promise<Response>;
}

/**
 * Like hono/body-limit, but without touching `c.req.raw.body` when the headers already decide: hono's version
 * reads `.body` on every request, which makes @hono/node-server build a full web Request (and a stream) even
 * for a GET, and takes the direct-read fast path away from `c.req.json()`/`text()`.
 * - Content-Length without Transfer-Encoding: compared with the limit (Node's parser never delivers more bytes
 *   than Content-Length says), the body stays unread.
 * - Transfer-Encoding (chunked): hono's streaming cap counts the bytes as they arrive.
 * - Neither header: over HTTP/1.1 that means no body; GET/HEAD pass, other methods get the streaming cap
 *   (in-process `app.request()` calls build Requests without a Content-Length).
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  const streaming = streamingBodyLimit(options);
  const max = options.maxSize;
  return async function cappedBody(c, next) {
    const length = c.req.header("content-length");
    const chunked = c.req.header("transfer-encoding") !== undefined;
    if (length !== undefined && !chunked) {
      // Node rejects malformed Content-Length with 400 before we run; be strict anyway.
      const n = /^\d+$/.test(length) ? Number(length) : NaN;
      if (!(n <= max)) return options.onError(c);
      return next();
    }
    if (!chunked && (c.req.method === "GET" || c.req.method === "HEAD")) return next();
    return streaming(c, next);
  };
}

// Serves the built workspace (Vite output) with an SPA fallback to index.html for non-API GETs.
import { serveStatic } from "@hono/node-server/serve-static";
import type { Env, Hono } from "hono";

/** Paths the workspace never owns: the JSON API, the respondent pages and the health check. */
const RESERVED = /^\/(?:api|s)(?:\/|$)|^\/healthz$/;

/** Mounts static files from `root` and the index.html fallback. Call after every other route. */
export function mountClient<E extends Env>(app: Hono<E>, root: string): void {
  const files = serveStatic({ root });
  const index = serveStatic({ root, path: "index.html" });
  app.use("*", async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || RESERVED.test(c.req.path)) return next();
    const found = await files(c, async () => {});
    return found ?? index(c, next);
  });
}

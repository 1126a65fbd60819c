// Serves the respondent pages' stylesheet with a year-long cache lifetime (its link carries a content hash).
import { Hono } from "hono";
import { SURVEY_CSS, type Asset } from "../../views/assets.ts";

/** Routes for static assets; mounted at the app root. */
export function assetRoutes(assets: Asset[] = [SURVEY_CSS]): Hono {
  const app = new Hono();
  for (const a of assets) {
    app.get(a.path, (c) => {
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      c.header("ETag", a.etag);
      if (c.req.header("if-none-match") === a.etag) return c.body(null, 304);
      c.header("Content-Type", a.contentType);
      return c.body(a.body);
    });
  }
  return app;
}

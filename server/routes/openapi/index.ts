// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import type { OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../../../package.json" with { type: "json" };

/** Where the document is served (public: it describes the API, it holds no data). */
export const OPENAPI_PATH = "/api/openapi.json";

/** Serves the document of every contract route registered on `app` (call after mounting /api). */
export function openApiRoute(app: OpenAPIHono): void {
  app.doc31(OPENAPI_PATH, {
    openapi: "3.1.0",
    info: { title: "Laget API", version: pkg.version, description: "The workspace API; the respondent routes (/s, /api/s) are described in server/routes/README.md." },
  });
}

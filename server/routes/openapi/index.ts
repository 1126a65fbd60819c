// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import type { OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../../../package.json" with { type: "json" };
import { registerOutsideRoutes } from "./outside.ts";

/** Where the document is served (public: it describes the API, it holds no data). */
export const OPENAPI_PATH = "/api/openapi.json";

/** Serves the document of every contract route registered on `app` (call after mounting /api). */
export function openApiRoute(app: OpenAPIHono): void {
  const registry = app.openAPIRegistry;
  registerOutsideRoutes(registry);
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http", scheme: "bearer", description: "An API token from `npm run cli -- token create`; no CSRF header needed.",
  });
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey", in: "cookie", name: "laget_session",
    description: "The session cookie from POST /api/auth/login; state-changing requests also send `X-CSRF-Token` (from login or /api/auth/me).",
  });
  app.doc31(OPENAPI_PATH, {
    openapi: "3.1.0",
    info: {
      title: "Laget API",
      version: pkg.version,
      description:
        "The workspace API of Laget. Authenticate with an API token (`Authorization: Bearer …`) or the session cookie. " +
        "Errors are `{ error: { code, message, issues? } }`. The reference page is at /api/docs. The respondent routes " +
        "(/s, /api/s) are public: the personal link's token is the credential.",
    },
    security: [{ bearer: [] }, { session: [] }],
  });
}

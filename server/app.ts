// createApp(deps): the whole HTTP surface as a Hono app; no network or process access here (server/index.ts does that).
import { Hono } from "hono";
import { authRoutes, authenticate, csrfProtection, type AuthEnv, type LoginLimit } from "./auth/index.ts";
import { oidcRoutes } from "./auth/oidc/index.ts";
import type { AppDeps } from "./deps.ts";
import { errorJson, handleError } from "./http/errors.ts";
import { mountClient } from "./http/static.ts";
import { bodyLimit } from "./middleware/body-limit/index.ts";
import { DEFAULT_GUESS_LIMIT, guessLimit, type GuessLimit } from "./middleware/rate-limit/guess-limit.ts";
import { noStore, securityHeaders } from "./middleware/security/index.ts";
import { aggregateRoutes } from "./routes/aggregates/index.ts";
import { caseRoutes } from "./routes/cases/index.ts";
import { exportRoutes } from "./routes/exports/index.ts";
import { importRoutes } from "./routes/imports/index.ts";
import { memberRoutes } from "./routes/members/index.ts";
import { metaRoutes } from "./routes/meta/index.ts";
import { caseRoundRoutes, roundRoutes } from "./routes/rounds/index.ts";
import { settingsRoutes } from "./routes/settings/index.ts";
import { surveyRoutes } from "./routes/survey/index.ts";
import { userRoutes } from "./routes/users/index.ts";

export interface AppOptions {
  /** Maximum request body in bytes (default 256 KB). */
  bodyLimitBytes?: number;
  /** Login attempts per IP + e-mail and window (default 10 per 15 minutes). */
  loginLimit?: LoginLimit;
  /** Failed respondent-link lookups per client address and window (default 30 per 10 minutes). */
  guessLimit?: GuessLimit;
}

/** API paths that need a logged-in user (session cookie + CSRF, or a bearer token). */
const PROTECTED = ["/cases", "/cases/*", "/rounds/*", "/users", "/users/*", "/roles", "/instruments", "/aggregates", "/aggregates/*", "/settings"];

/** The JSON API under /api. */
function apiRoutes(deps: AppDeps, options: AppOptions): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  api.use("*", noStore());
  if (deps.config.oidc) api.route("/auth/oidc", oidcRoutes(deps, deps.config.oidc));
  api.route("/auth", authRoutes(deps, options.loginLimit));
  for (const path of PROTECTED) api.use(path, authenticate(deps), csrfProtection());
  api.route("/", metaRoutes());
  api.route("/", exportRoutes(deps));
  api.route("/cases/:id/rounds/import-file", importRoutes(deps));
  api.route("/aggregates", aggregateRoutes(deps));
  api.route("/settings", settingsRoutes(deps));
  api.route("/cases/:id/members", memberRoutes(deps));
  api.route("/cases/:id/rounds", caseRoundRoutes(deps));
  api.route("/cases", caseRoutes(deps));
  api.route("/rounds", roundRoutes(deps));
  api.route("/users", userRoutes(deps));
  return api;
}

/** Builds the app: security headers, body limit, JSON errors, health check, survey pages, API and workspace. */
export function createApp(deps: AppDeps, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.notFound((c) =>
    c.req.path === "/api" || c.req.path.startsWith("/api/") ? errorJson(c, 404, "not_found", "No such API route") : c.text("Not found", 404),
  );
  app.use("*", securityHeaders({ hsts: deps.config.secureCookies }));
  app.use(
    "*",
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? 256 * 1024,
      onError: (c) => errorJson(c, 413, "payload_too_large", "The request body is too large"),
    }),
  );
  app.get("/healthz", (c) => c.json({ ok: true }));
  const guesses = guessLimit(options.guessLimit ?? DEFAULT_GUESS_LIMIT, deps.now);
  for (const path of ["/s/*", "/api/s/*"]) app.use(path, guesses);
  app.route("/", surveyRoutes(deps));
  app.route("/api", apiRoutes(deps, options));
  if (deps.config.clientDir) mountClient(app, deps.config.clientDir);
  return app;
}

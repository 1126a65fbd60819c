// createApp(deps): the whole HTTP surface as a Hono app; no network or process access here (server/index.ts does that).
import { OpenAPIHono } from "@hono/zod-openapi";
import { LagetError, tooLarge } from "../domain/index.ts";
import { authRoutes, authenticate, csrfProtection, ssoAudit, type AuthEnv, type LoginLimit } from "./auth/index.ts";
import { oidcRoutes } from "./auth/oidc/index.ts";
import type { AppDeps } from "./deps.ts";
import { contractApp } from "./http/contract.ts";
import { errorResponse, handleError } from "./http/errors.ts";
import { mountClient } from "./http/static.ts";
import { IMPORT_UPLOAD_PATH } from "./http/upload.ts";
import { audited } from "./middleware/audit/index.ts";
import { bodyLimit } from "./middleware/body-limit/index.ts";
import { DEFAULT_GUESS_LIMIT, guessLimit, type GuessLimit } from "./middleware/rate-limit/guess-limit.ts";
import { trustProxy, type TrustProxy } from "./middleware/rate-limit/client-address.ts";
import { requestLog } from "./middleware/request-log/index.ts";
import { noStore, securityHeaders } from "./middleware/security/index.ts";
import { accessExportRoutes } from "./routes/access-export/index.ts";
import { accountRoutes } from "./routes/account/index.ts";
import { actionRoutes } from "./routes/actions/index.ts";
import { adminRoutes } from "./routes/admin/index.ts";
import { aggregateRoutes } from "./routes/aggregates/index.ts";
import { auditRoutes } from "./routes/audit/index.ts";
import { AUDIT_POINTS } from "./routes/audit/points.ts";
import { caseRoutes } from "./routes/cases/index.ts";
import { docsRoutes } from "./routes/docs/index.ts";
import { exportRoutes } from "./routes/exports/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { importRoutes } from "./routes/imports/index.ts";
import { mailRoutes } from "./routes/mail/index.ts";
import type { ImportWorkers } from "./services/imports/index.ts";
import { memberRoutes } from "./routes/members/index.ts";
import { metaRoutes } from "./routes/meta/index.ts";
import { openApiRoute } from "./routes/openapi/index.ts";
import { caseRoundRoutes, roundRoutes } from "./routes/rounds/index.ts";
import { retentionRoutes } from "./routes/retention/index.ts";
import { settingsRoutes } from "./routes/settings/index.ts";
import { surveyRoutes } from "./routes/survey/index.ts";
import { timelineRoutes } from "./routes/timeline/index.ts";
import { userRoutes } from "./routes/users/index.ts";
import { voiceRoutes } from "./routes/voices/index.ts";

export interface AppOptions {
  /** Maximum request body in bytes (default 256 KB). */
  bodyLimitBytes?: number;
  /** Login attempts per IP + e-mail and window (default 10 per 15 minutes). */
  loginLimit?: LoginLimit;
  /** Failed respondent-link lookups per client address and window (default 30 per 10 minutes). */
  guessLimit?: GuessLimit;
  /** Proxies whose X-Forwarded-For names the client of the rate limits (env TRUST_PROXY); default: none, the TCP peer counts. */
  trustProxy?: TrustProxy;
  /** Where uploaded import files are read (default: worker threads shared by the process, started on the first upload). */
  importWorkers?: ImportWorkers;
}

/** API paths that need a logged-in user (session cookie + CSRF, or a bearer token). */
const PROTECTED = ["/admin/*", "/cases", "/cases/*", "/rounds/*", "/users", "/users/*", "/roles", "/instruments", "/aggregates", "/aggregates/*", "/settings", "/retention", "/audit", "/audit/*", "/account/*", "/mail"];

/** The JSON API under /api, every route declared with its request and response schemas. */
function apiRoutes(deps: AppDeps, options: AppOptions) {
  const api = contractApp<AuthEnv>();
  api.use("*", noStore());
  // Audit recording wraps the routes it names, so it is registered before them.
  for (const p of AUDIT_POINTS) api.on(p.method, p.path, audited(deps, p.action, p.describe, p.prepare && ((c) => p.prepare!(c, deps))));
  api.use("/auth/oidc/callback", ssoAudit(deps));
  if (deps.config.oidc) api.route("/auth/oidc", oidcRoutes(deps, deps.config.oidc));
  for (const path of PROTECTED) api.use(path, authenticate(deps), csrfProtection());
  return api
    .route("/auth", authRoutes(deps, options.loginLimit))
    .route("/", metaRoutes())
    .route("/", exportRoutes(deps))
    .route("/", accessExportRoutes(deps))
    .route("/", actionRoutes(deps))
    .route("/", timelineRoutes(deps))
    .route("/cases/:id/rounds/import-file", importRoutes(deps, options.importWorkers))
    .route("/aggregates", aggregateRoutes(deps))
    .route("/settings", settingsRoutes(deps))
    .route("/retention", retentionRoutes(deps))
    .route("/mail", mailRoutes(deps))
    .route("/cases/:id/members", memberRoutes(deps))
    .route("/cases/:id/rounds", caseRoundRoutes(deps))
    .route("/cases", caseRoutes(deps))
    .route("/rounds", roundRoutes(deps))
    .route("/rounds", voiceRoutes(deps))
    .route("/users", userRoutes(deps))
    .route("/account", accountRoutes(deps))
    .route("/audit", auditRoutes(deps))
    .route("/admin", adminRoutes(deps));
}

/** Builds the app: security headers, body limit, JSON errors, health check, survey pages, API and workspace. */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new OpenAPIHono();
  if (deps.logger) app.use("*", requestLog(deps.logger));
  app.onError(handleError);
  app.notFound((c) =>
    c.req.path === "/api" || c.req.path.startsWith("/api/") ? errorResponse(c, new LagetError("not_found", "not_found", "No such API route")) : c.text("Not found", 404),
  );
  app.use("*", securityHeaders({ hsts: deps.config.secureCookies }));
  if (options.trustProxy) app.use("*", trustProxy(options.trustProxy));
  const bodies = bodyLimit({
    maxSize: options.bodyLimitBytes ?? 256 * 1024,
    onError: (c) => errorResponse(c, tooLarge("payload_too_large", "The request body is too large")),
  });
  // The import upload has its own, larger cap (server/http/upload.ts).
  app.use("*", (c, next) => (IMPORT_UPLOAD_PATH.test(c.req.path) ? next() : bodies(c, next)));
  app.route("/", healthRoutes(deps));
  const guesses = guessLimit(options.guessLimit ?? DEFAULT_GUESS_LIMIT, deps.now, deps.counters);
  for (const path of ["/s/*", "/api/s/*"]) app.use(path, guesses);
  app.route("/", surveyRoutes(deps));
  // Before the API: the reference page and its assets may be cached, unlike API answers.
  app.route("/", docsRoutes());
  const routed = app.route("/api", apiRoutes(deps, options));
  openApiRoute(app);
  if (deps.config.clientDir) mountClient(app, deps.config.clientDir);
  return routed;
}

/** The app's routes with their input and output types, for `hc<AppType>` in the workspace (type-only). */
export type AppType = ReturnType<typeof createApp>;

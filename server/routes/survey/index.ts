// Respondent routes: the no-JavaScript form (/s/:token), its receipt, the JSON API (/api/s/:token) and the stylesheet.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { LagetError } from "../../../domain/index.ts";
import type { AppDeps } from "../../deps.ts";
import { errorResponse } from "../../http/errors.ts";
import { StoreUnavailableError } from "../../store/types.ts";
import { messagePage } from "../../views/message-page.ts";
import { apiRoutes } from "./api.ts";
import { assetRoutes } from "./assets.ts";
import { ipLimit } from "./limits.ts";
import { pageRoutes } from "./pages.ts";
import { pageLang, privateHeaders, sendPage } from "./respond.ts";

/** Everything a respondent reaches; createApp mounts it at the root and adds headers and body limits. */
export function surveyRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.route("/", assetRoutes());
  const limit = ipLimit(deps);
  for (const path of ["/s/*", "/api/s/*"]) app.use(path, limit);
  app.route("/", pageRoutes(deps));
  app.route("/", apiRoutes(deps));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof LagetError && c.req.path.startsWith("/api/")) {
      privateHeaders(c);
      return errorResponse(c, err);
    }
    const unavailable = err instanceof StoreUnavailableError;
    if (!unavailable) console.error("survey route failed:", err);
    const status = unavailable ? 503 : 500;
    if (c.req.path.startsWith("/api/")) {
      privateHeaders(c);
      const code = unavailable ? "store_unavailable" : "internal";
      return c.json({ error: { code, message: "Your answers were not saved. Please try again shortly." } }, status);
    }
    return sendPage(c, status, messagePage(pageLang(c, deps.config.secureCookies), "errorTitle", "errorBody"));
  });
  return app;
}

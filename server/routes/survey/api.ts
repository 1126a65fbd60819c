// JSON respondent API: GET /api/s/:token (the whole state) and PUT /api/s/:token (replace the answer set, answer a receipt).
import { Hono } from "hono";
import { LagetError, conflict } from "../../../domain/index.ts";
import type { AppDeps } from "../../deps.ts";
import { langFromRequest } from "../../i18n/index.ts";
import { apiState } from "./api-state.ts";
import { loadSurvey, markOpened } from "./context.ts";
import { readAnswerInput } from "./input.ts";
import { writeLimit } from "./limits.ts";
import { privateHeaders } from "./respond.ts";
import { placeAnswers, storeAnswers } from "./save.ts";

/** The one 404 for every token that cannot be used. */
const noSurvey = () => new LagetError("not_found", "not_found", "No survey at this address.");

/** Routes for the JSON API; mounted at the app root. Errors are LagetErrors, answered by the survey routes' error handler. */
export function apiRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get("/api/s/:token", async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) throw noSurvey();
    await markOpened(deps, ctx);
    privateHeaders(c);
    return c.json(apiState(ctx, langFromRequest(c)));
  });

  app.put("/api/s/:token", writeLimit(deps), async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"), { withAnswer: false });
    if (!ctx) throw noSurvey();
    if (ctx.state !== "open") throw conflict("round_closed", "This round is not open for answers.");
    const input = await readAnswerInput(c);
    const receipt = await storeAnswers(deps, ctx, placeAnswers(ctx, input.ratings, input.submit), input.submit);
    privateHeaders(c);
    return c.json(receipt);
  });

  return app;
}

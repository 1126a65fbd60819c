// JSON respondent API: GET /api/s/:token (the whole state) and PUT /api/s/:token (replace the answer set, answer a receipt).
import { Hono } from "hono";
import { LagetError, conflict } from "../../../domain/index.ts";
import type { AppDeps } from "../../deps.ts";
import { langFromRequest } from "../../i18n/index.ts";
import { apiState } from "./api-state.ts";
import { loadSurvey, markOpened } from "./context.ts";
import { deviceSecret, offerDeviceCookie } from "./device.ts";
import { readAnswerInput } from "./input.ts";
import { writeLimit } from "./limits.ts";
import { privateHeaders } from "./respond.ts";
import { answeredElsewhere, placeAnswers, storeAnswers } from "./save.ts";

/** The one 404 for every token that cannot be used. */
const noSurvey = () => new LagetError("not_found", "not_found", "No survey at this address.");

/** Routes for the JSON API; mounted at the app root. Errors are LagetErrors, answered by the survey routes' error handler. */
export function apiRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get("/api/s/:token", async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"), deviceSecret(c));
    if (!ctx) throw noSurvey();
    await markOpened(deps, ctx);
    if (ctx.state === "open") offerDeviceCookie(c, ctx.access, deps.config.secureCookies);
    privateHeaders(c);
    // The round's language unless the respondent chose another (?lang=, the language cookie); never the device's.
    return c.json(apiState(ctx, langFromRequest(c, { fallback: ctx.lang })));
  });

  app.put("/api/s/:token", writeLimit(deps), async (c) => {
    const ctx = await loadSurvey(deps, c.req.param("token"), deviceSecret(c));
    if (!ctx) throw noSurvey();
    if (ctx.state !== "open") throw conflict("round_closed", "This round is not open for answers.");
    if (ctx.access === "other_device") throw answeredElsewhere();
    const input = await readAnswerInput(c);
    const receipt = await storeAnswers(c, deps, ctx, placeAnswers(ctx, input.ratings, input.submit), input.submit, input.showInMeeting);
    privateHeaders(c);
    return c.json(receipt);
  });

  return app;
}

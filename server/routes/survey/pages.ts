// HTML respondent routes: GET/POST /s/:token (the no-JavaScript form) and GET /s/:token/receipt.
import { Hono } from "hono";
import { checkRatings, missingCells } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { badRequestPage } from "../../views/message-page.ts";
import { receiptPage } from "../../views/receipt-page.ts";
import { surveyPage } from "../../views/survey-page.ts";
import { loadSurvey, markOpened } from "./context.ts";
import { formCsrf } from "./csrf.ts";
import { writeLimit } from "./limits.ts";
import { parseForm, type PostedBody } from "./form-body.ts";
import { pageLang, sendClosed, sendNotFound, sendPage } from "./respond.ts";
import { saveAnswers } from "./save.ts";
import { formPath, formView, receiptPath, receiptView } from "./view-model.ts";

/** Routes for the HTML form; mounted at the app root. */
export function pageRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const secure = deps.config.secureCookies;

  app.get("/s/:token", async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    await markOpened(deps, ctx);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 200);
    return sendPage(c, 200, surveyPage(formView(ctx, lang, { saved: c.req.query("saved") === "1" })));
  });

  app.get("/s/:token/receipt", async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    const view = receiptView(ctx, lang);
    if (!view) return ctx.state === "open" ? c.redirect(formPath(ctx.token), 303) : sendClosed(c, lang, ctx, 200);
    return sendPage(c, 200, receiptPage(view));
  });

  app.post("/s/:token", formCsrf(deps), writeLimit(deps), async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 409);
    // A body that does not match its content type (e.g. multipart without valid parts) is a bad request, not a 500.
    const posted = await c.req.parseBody({ all: true }).catch((err: unknown) => {
      if ((err as { status?: number })?.status === 413) throw err;
      return undefined;
    });
    if (!posted) return sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    const form = parseForm(posted as PostedBody, ctx.scope);
    if (form.tampered || !form.action || checkRatings(form.ratings, ctx.scope).length > 0) {
      return sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    }
    if (form.invalid.length > 0) {
      return sendPage(c, 400, surveyPage(formView(ctx, lang, { entered: form.values, errors: form.invalid })));
    }
    if (form.action === "submit") {
      const missing = missingCells(form.ratings, ctx.scope).map((m) => ({ target: m.target, item: m.item, kind: "missing" as const }));
      if (missing.length > 0) return sendPage(c, 422, surveyPage(formView(ctx, lang, { entered: form.values, errors: missing })));
    }
    await saveAnswers(deps, ctx, form.ratings, form.action === "submit");
    return c.redirect(form.action === "submit" ? receiptPath(ctx.token) : `${formPath(ctx.token)}?saved=1`, 303);
  });

  return app;
}

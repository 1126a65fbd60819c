// HTML respondent routes: GET/POST /s/:token (the no-JavaScript form), /s/:token/form (family/child) and /s/:token/receipt.
import { Hono } from "hono";
import { checkRatings, missingCells } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { badRequestPage } from "../../views/message-page.ts";
import { loadSurvey, markOpened } from "./context.ts";
import { formCsrf } from "./csrf.ts";
import { writeLimit } from "./limits.ts";
import { parseForm } from "./form-body.ts";
import { readPostedBody } from "./form-read.ts";
import { pageLang, sendClosed, sendNotFound, sendPage } from "./respond.ts";
import { saveAnswers } from "./save.ts";
import { formPage, receiptFor } from "./render.ts";
import { formPath, receiptPath } from "./view-model.ts";

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
    return sendPage(c, 200, formPage(ctx, lang, { saved: c.req.query("saved") === "1" }, false));
  });

  /** The family's/child's form after their consent page ("I want to answer"); the team form lives at /s/:token. */
  app.get("/s/:token/form", async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 200);
    if (ctx.kind === "team") return c.redirect(formPath(ctx.token), 303);
    return sendPage(c, 200, formPage(ctx, lang));
  });

  app.get("/s/:token/receipt", async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    const receipt = receiptFor(ctx, lang);
    if (!receipt) return ctx.state === "open" ? c.redirect(formPath(ctx.token), 303) : sendClosed(c, lang, ctx, 200);
    return sendPage(c, 200, receipt);
  });

  app.post("/s/:token", formCsrf(deps), writeLimit(deps), async (c) => {
    const lang = pageLang(c, secure);
    const ctx = await loadSurvey(deps, c.req.param("token"));
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 409);
    // A body that does not match its content type (e.g. multipart without valid parts) is a bad request, not a 500.
    const posted = await readPostedBody(c.req);
    if (!posted) return sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    const form = parseForm(posted, ctx.scope);
    if (form.tampered || !form.action || checkRatings(form.ratings, ctx.scope).length > 0) {
      return sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    }
    if (form.action === "decline") {
      // "I don't want to answer": store an empty, submitted set (no answers, nothing to remind about).
      if (ctx.kind === "team") return sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
      await saveAnswers(deps, ctx, [], true);
      return c.redirect(receiptPath(ctx.token), 303);
    }
    if (form.invalid.length > 0) {
      return sendPage(c, 400, formPage(ctx, lang, { entered: form.values, errors: form.invalid }));
    }
    // Once submitted, "Lagre endringer" keeps the set submitted; a draft save never un-submits it.
    const keepSubmitted = form.action === "draft" && ctx.answer?.submitted === true && ctx.answer.ratings.length > 0;
    const submit = form.action === "submit" || keepSubmitted;
    if (submit) {
      const missing = missingCells(form.ratings, ctx.scope).map((m) => ({ target: m.target, item: m.item, kind: "missing" as const }));
      if (missing.length > 0) return sendPage(c, 422, formPage(ctx, lang, { entered: form.values, errors: missing }));
    }
    await saveAnswers(deps, ctx, form.ratings, submit);
    return c.redirect(form.action === "submit" ? receiptPath(ctx.token) : `${formPath(ctx.token)}?saved=1`, 303);
  });

  return app;
}

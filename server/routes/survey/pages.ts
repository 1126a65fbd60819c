// HTML respondent routes: GET/POST /s/:token (the no-JavaScript form), /s/:token/form (family/child) and /s/:token/receipt.
import { Hono, type HonoRequest } from "hono";
import { placeRatings } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { fieldName } from "../../views/fields.ts";
import { badRequestPage } from "../../views/message-page.ts";
import type { FieldError } from "../../views/survey-types.ts";
import { loadSurvey, markOpened, withStoredAnswer } from "./context.ts";
import { formCsrf } from "./csrf.ts";
import { writeLimit } from "./limits.ts";
import { parseForm } from "./form-body.ts";
import { checkAnswerInput } from "./input.ts";
import { pageLang, sendClosed, sendNotFound, sendPage } from "./respond.ts";
import { storeAnswers } from "./save.ts";
import { formPage, receiptFor } from "./render.ts";
import { formPath, receiptPath, type FormOptions } from "./view-model.ts";

/**
 * The posted fields as URLSearchParams: urlencoded (what our form sends) read from the text, multipart through
 * FormData. Undefined for other types, files, or a body that does not parse; a 413 from the body limit propagates.
 */
async function readFormFields(req: HonoRequest): Promise<URLSearchParams | undefined> {
  const type = req.header("content-type")?.split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return new URLSearchParams(await req.text());
  if (type !== "multipart/form-data") return undefined;
  let data: FormData;
  try {
    data = await req.formData();
  } catch (err) {
    if ((err as { status?: number })?.status === 413) throw err;
    return undefined;
  }
  const fields = new URLSearchParams();
  for (const [key, value] of data) {
    if (typeof value !== "string") return undefined;
    fields.append(key, value);
  }
  return fields;
}

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
    // The stored answer is read only where it matters: a draft save of a submitted set, and the pages shown instead.
    const ctx = await loadSurvey(deps, c.req.param("token"), { withAnswer: false });
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, await withStoredAnswer(deps, ctx), 409);
    const page = async (status: 400 | 422, opts: FormOptions) => sendPage(c, status, formPage(await withStoredAnswer(deps, ctx), lang, opts));
    const badRequest = () => sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    const posted = await readFormFields(c.req);
    if (!posted) return badRequest();
    const form = parseForm(posted);
    if (form.tampered || !form.action) return badRequest();
    if (form.action === "decline") {
      // "I don't want to answer": store an empty, submitted set (no answers, nothing to remind about).
      if (ctx.kind === "team") return badRequest();
      await storeAnswers(deps, ctx, [], true);
      return c.redirect(receiptPath(ctx.token), 303);
    }
    // Once submitted, "Lagre endringer" keeps the set submitted; a draft save never un-submits it.
    const stored = form.action === "draft" ? (await withStoredAnswer(deps, ctx)).answer : undefined;
    const keepSubmitted = stored?.submitted === true && stored.ratings.length > 0;
    const submit = form.action === "submit" || keepSubmitted;
    // Which cells the fields name (a field our form does not have is tampering), then the values, by the one schema.
    const placed = placeRatings(form.ratings, ctx.scope, submit);
    if (placed.issues.some((i) => i.code !== "missing")) return badRequest();
    const checked = checkAnswerInput({ ratings: placed.ratings, submit });
    const invalid: FieldError[] = [];
    for (const issue of checked.success ? [] : checked.issues) {
      const at = /^ratings\.(\d+)\.value$/.exec(issue.path ?? "");
      if (!at) return badRequest(); // e.g. an id with characters no id has
      invalid.push({ target: placed.ratings[Number(at[1])].target, item: placed.ratings[Number(at[1])].item, kind: "invalid" });
    }
    /** What the respondent entered, for showing the form again (values off the scale left out). */
    const entered = () => {
      const rejected = new Set(invalid.map((e) => fieldName(e.target, e.item)));
      return new Map(form.fields.filter(([name]) => !rejected.has(name)));
    };
    if (!checked.success) return page(400, { entered: entered(), errors: invalid });
    const missing = placed.issues.map((m): FieldError => ({ target: m.target, item: m.item, kind: "missing" }));
    if (missing.length > 0) return page(422, { entered: entered(), errors: missing });
    await storeAnswers(deps, ctx, checked.data.ratings, submit);
    return c.redirect(form.action === "submit" ? receiptPath(ctx.token) : `${formPath(ctx.token)}?saved=1`, 303);
  });

  return app;
}

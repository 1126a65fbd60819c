// HTML respondent routes: GET/POST /s/:token (the no-JavaScript form), /s/:token/form (family/child) and /s/:token/receipt.
import { Hono, type Context, type HonoRequest } from "hono";
import { placeRatings } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { fieldName } from "../../views/fields.ts";
import { badRequestPage } from "../../views/message-page.ts";
import { sectionEndId } from "../../views/survey-intro.ts";
import type { FieldError } from "../../views/survey-types.ts";
import { loadSurvey, markOpened, type SurveyContext } from "./context.ts";
import { formCsrf } from "./csrf.ts";
import { deviceSecret, offerDeviceCookie } from "./device.ts";
import { writeLimit } from "./limits.ts";
import { parseForm } from "./form-body.ts";
import { checkAnswerInput } from "./input.ts";
import { pageLang, sendClosed, sendInUse, sendNotFound, sendPage } from "./respond.ts";
import { choosesShown, storeAnswers } from "./save.ts";
import { formPage, receiptFor } from "./render.ts";
import { formPath, receiptPath, type FormOptions } from "./view-model.ts";
import { declined, voiceFormPath } from "./voice-view.ts";

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

/** A place a draft can be saved from and returned to: a section of the form (its target id) or the buttons at the end. */
const isAnchor = (ctx: SurveyContext, at: string | undefined): at is string => at !== undefined && (at === "send" || ctx.scope.targetIds.includes(at));

/** Where "saved" points after a draft save: `?saved=<target>` back at that section, `send` at the end, `1` at the top. */
function savedAt(ctx: SurveyContext, query: string | undefined): FormOptions["saved"] {
  if (query === "1") return true;
  return isAnchor(ctx, query) ? query : undefined;
}

/**
 * The form after a draft save, scrolled to where it was saved from (the fragment needs no script): the end of the
 * section, with its draft button and the "saved" notice at the top of the screen and the next section below.
 */
function afterDraft(ctx: SurveyContext, at: string | undefined): string {
  if (!isAnchor(ctx, at)) return `${formPath(ctx.token)}?saved=1`;
  return `${formPath(ctx.token)}?saved=${encodeURIComponent(at)}#${at === "send" ? "send" : sectionEndId(at)}`;
}

/** Routes for the HTML form; mounted at the app root. */
export function pageRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const secure = deps.config.secureCookies;
  /** The link's survey as this browser may see it, and the page language (the round's unless the respondent picked one). */
  const open = async (c: Context) => {
    const ctx = await loadSurvey(deps, c.req.param("token") ?? "", deviceSecret(c));
    return { ctx, lang: pageLang(c, secure, ctx?.lang) };
  };

  app.get("/s/:token", async (c) => {
    const { ctx, lang } = await open(c);
    if (!ctx) return sendNotFound(c, lang);
    await markOpened(deps, ctx);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 200);
    if (ctx.access === "other_device") return sendInUse(c, lang, ctx, 200);
    offerDeviceCookie(c, ctx.access, secure);
    return sendPage(c, 200, formPage(ctx, lang, { saved: savedAt(ctx, c.req.query("saved")) }, false));
  });

  /** The family's/child's form after their consent page ("I want to answer"); the team form lives at /s/:token. */
  app.get("/s/:token/form", async (c) => {
    const { ctx, lang } = await open(c);
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 200);
    if (ctx.access === "other_device") return sendInUse(c, lang, ctx, 200);
    if (ctx.kind === "team") return c.redirect(formPath(ctx.token), 303);
    offerDeviceCookie(c, ctx.access, secure);
    return sendPage(c, 200, formPage(ctx, lang));
  });

  app.get("/s/:token/receipt", async (c) => {
    const { ctx, lang } = await open(c);
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.access === "other_device" && ctx.state === "open") return sendInUse(c, lang, ctx, 200);
    const receipt = receiptFor(ctx, lang);
    if (!receipt) return ctx.state === "open" ? c.redirect(formPath(ctx.token), 303) : sendClosed(c, lang, ctx, 200);
    return sendPage(c, 200, receipt);
  });

  app.post("/s/:token", formCsrf(deps), writeLimit(deps), async (c) => {
    const { ctx, lang } = await open(c);
    if (!ctx) return sendNotFound(c, lang);
    if (ctx.state !== "open") return sendClosed(c, lang, ctx, 409);
    // Answers another browser saved through this link are neither shown nor replaced.
    if (ctx.access === "other_device") return sendInUse(c, lang, ctx, 403);
    const page = (status: 400 | 422, opts: FormOptions) => sendPage(c, status, formPage(ctx, lang, opts));
    const badRequest = () => sendPage(c, 400, badRequestPage(lang, formPath(ctx.token)));
    const posted = await readFormFields(c.req);
    if (!posted) return badRequest();
    const form = parseForm(posted);
    if (form.tampered || !form.action) return badRequest();
    const show = choosesShown(ctx) ? form.show : undefined;
    if (form.action === "decline" || form.action === "start") {
      if (ctx.kind === "team") return badRequest();
      if (form.action === "decline") {
        // "I don't want to answer": store an empty, submitted set (no answers, nothing to remind about, not shown).
        await storeAnswers(c, deps, ctx, [], true, show === undefined ? undefined : false);
        return c.redirect(receiptPath(ctx.token), 303);
      }
      // "I want to answer": the choice to be shown is stored with the set (answers saved before are kept).
      const kept = ctx.answer && !declined(ctx) ? ctx.answer : undefined;
      await storeAnswers(c, deps, ctx, kept?.ratings ?? [], kept?.submitted ?? false, show);
      return c.redirect(voiceFormPath(ctx.token), 303);
    }
    // Once submitted, "Lagre endringer" keeps the set submitted; a draft save never un-submits it.
    const keepSubmitted = form.action === "draft" && ctx.answer?.submitted === true && ctx.answer.ratings.length > 0;
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
    if (!checked.success) return page(400, { entered: entered(), errors: invalid, show });
    const missing = placed.issues.map((m): FieldError => ({ target: m.target, item: m.item, kind: "missing" }));
    if (missing.length > 0) return page(422, { entered: entered(), errors: missing, show });
    await storeAnswers(c, deps, ctx, checked.data.ratings, submit, show);
    return c.redirect(form.action === "submit" ? receiptPath(ctx.token) : afterDraft(ctx, form.at), 303);
  });

  return app;
}

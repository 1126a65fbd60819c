// Response helpers for respondent pages: no caching, no referrer (the token is in the URL), HTML status pages.
import type { Context } from "hono";
import { DEFAULT_LANG, langFromRequest, type Lang } from "../../i18n/index.ts";
import { closedPage, inUsePage, notFoundPage, type ClosedOutcome } from "../../views/message-page.ts";
import { formatDateTime, t } from "../../i18n/index.ts";
import type { SurveyContext } from "./context.ts";
import { mayCarryLaxCookie } from "./device.ts";

/** Headers every respondent response carries (HTML and JSON). */
export function privateHeaders(c: Context): void {
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Robots-Tag", "noindex, nofollow");
}

/** An HTML page with the private headers. */
export function sendPage(c: Context, status: number, body: string): Response {
  privateHeaders(c);
  c.header("Content-Type", "text/html; charset=utf-8");
  return c.body(body, status as 200);
}

/**
 * The page language: the respondent's own pick (`?lang=`, remembered in a cookie) or else `fallback` — the round's
 * language once the link is known, bokmål before. The browser's Accept-Language is never asked: the team works in
 * the round's language, whatever language the phone is set to.
 */
export function pageLang(c: Context, secure: boolean, fallback: Lang = DEFAULT_LANG): Lang {
  return langFromRequest(c, { remember: true, secure, fallback });
}

/** The one 404 page for every token we cannot use. */
export function sendNotFound(c: Context, lang: Lang): Response {
  return sendPage(c, 404, notFoundPage(lang));
}

/** What the link's respondent did before the round closed (from the stored set, whoever saved it). */
export function closedOutcome(ctx: SurveyContext): ClosedOutcome {
  const a = ctx.stored;
  if (!a) return "none";
  if (!a.submitted) return "draft";
  return a.ratings.length === 0 ? "declined" : "answered";
}

/** The "round closed / not open yet" page; nothing editable. The submit time shows only to the browser that saved the answers. */
export function sendClosed(c: Context, lang: Lang, ctx: SurveyContext, status: number): Response {
  const a = ctx.answer;
  const submittedNote = a?.submitted && a.submittedAt && a.ratings.length > 0 ? t(lang, "submittedAt", { date: formatDateTime(lang, a.submittedAt) }) : undefined;
  return sendPage(c, status, closedPage(lang, { notOpen: ctx.state === "notOpen", outcome: closedOutcome(ctx), submittedNote }));
}

/**
 * The page for a link whose answers another browser saved. A cross-site request that is not a top-level navigation
 * (the link opened inside another site's frame) carries no SameSite=Lax cookie, so then the page offers the same
 * address again from a page of ours.
 */
export function sendInUse(c: Context, lang: Lang, ctx: SurveyContext, status: number): Response {
  const crossSite = !mayCarryLaxCookie(c);
  return sendPage(c, status, inUsePage(lang, { submitted: ctx.stored?.submitted === true, retryHref: crossSite ? c.req.path : undefined }));
}

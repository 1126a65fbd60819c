// Response helpers for respondent pages: no caching, no referrer (the token is in the URL), HTML status pages.
import type { Context } from "hono";
import { langFromRequest, type Lang } from "../../i18n/index.ts";
import { closedPage, notFoundPage } from "../../views/message-page.ts";
import { formatDateTime, t } from "../../i18n/index.ts";
import type { SurveyContext } from "./context.ts";

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

/** The page language; `?lang=` is remembered in a cookie. */
export function pageLang(c: Context, secure: boolean): Lang {
  return langFromRequest(c, { remember: true, secure });
}

/** The one 404 page for every token we cannot use. */
export function sendNotFound(c: Context, lang: Lang): Response {
  return sendPage(c, 404, notFoundPage(lang));
}

/** The "round closed / not open yet" page; nothing editable. */
export function sendClosed(c: Context, lang: Lang, ctx: SurveyContext, status: number): Response {
  const a = ctx.answer;
  const submittedNote = a?.submitted && a.submittedAt ? t(lang, "submittedAt", { date: formatDateTime(lang, a.submittedAt) }) : undefined;
  return sendPage(c, status, closedPage(lang, { notOpen: ctx.state === "notOpen", submittedNote }));
}

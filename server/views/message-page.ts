// Simple one-message pages: 404, closed round, not yet open, bad request, forbidden, server error.
import { t, type Lang, type UiStrings } from "../i18n/index.ts";
import { html, type Html } from "./html.ts";
import { page } from "./layout.ts";

type Key = keyof UiStrings;

/** A page with a heading, a paragraph and optional extra content (e.g. a link back). */
export function messagePage(lang: Lang, titleKey: Key, bodyKey: Key, extra?: Html, langSwitch = true): string {
  const title = t(lang, titleKey);
  return page({
    lang,
    title: `${title} – Laget`,
    langSwitch,
    body: html`<div class="panel"><h1>${title}</h1><p>${t(lang, bodyKey)}</p>${extra ?? ""}</div>`,
  });
}

/** The one "not found" page for unknown, malformed and re-issued tokens: it reveals nothing. */
export function notFoundPage(lang: Lang): string {
  return messagePage(lang, "notFoundTitle", "notFoundBody", undefined, false);
}

/** The round is closed (or not open yet); nothing editable. `submittedAt` adds a line when they had submitted. */
export function closedPage(lang: Lang, opts: { notOpen?: boolean; submittedNote?: string } = {}): string {
  const note = opts.submittedNote ? html`<p>${opts.submittedNote}</p>` : undefined;
  return opts.notOpen
    ? messagePage(lang, "notOpenTitle", "notOpenBody", note)
    : messagePage(lang, "closedTitle", "closedBody", note);
}

/** A page for a form post we could not use, with a link back to the form. */
export function badRequestPage(lang: Lang, formHref: string): string {
  return messagePage(lang, "badRequestTitle", "badRequestBody", html`<p><a href="${formHref}">${t(lang, "backToForm")}</a></p>`);
}

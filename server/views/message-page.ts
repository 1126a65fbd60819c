// Simple one-message pages: 404, closed round (answered or not), not yet open, link in use elsewhere, bad request, forbidden, server error.
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

/** What a link's respondent did before the round closed: answered, chose not to, left a draft, or nothing. */
export type ClosedOutcome = "answered" | "declined" | "draft" | "none";

/**
 * The round is closed (or not open yet); nothing editable. Those who answered are thanked and told their answers
 * count; the others are told plainly that they can no longer answer (a draft left behind is not counted).
 * `submittedNote` adds when they submitted (only to the browser that saved the answers).
 */
export function closedPage(lang: Lang, opts: { notOpen?: boolean; outcome?: ClosedOutcome; submittedNote?: string } = {}): string {
  if (opts.notOpen) return messagePage(lang, "notOpenTitle", "notOpenBody");
  const note = opts.submittedNote ? html`<p>${opts.submittedNote}</p>` : undefined;
  switch (opts.outcome ?? "none") {
    case "answered":
      return messagePage(lang, "closedAnsweredTitle", "closedAnsweredBody", note);
    case "declined":
      return messagePage(lang, "closedTitle", "closedDeclinedBody");
    case "draft":
      return messagePage(lang, "closedTitle", "closedBody", html`<p>${t(lang, "closedDraftNote")}</p>`);
    default:
      return messagePage(lang, "closedTitle", "closedBody");
  }
}

/**
 * Another browser saved answers through this link: they are not shown here. Says whether they were submitted, that
 * only the browser that saved them shows them, and how to get a new link. `retryHref` (after a cross-site
 * navigation, which carries no SameSite=Strict cookie) offers the same form from a page of ours.
 */
export function inUsePage(lang: Lang, opts: { submitted: boolean; retryHref?: string }): string {
  const submitted = opts.submitted ? html`<p><strong>${t(lang, "inUseSubmitted")}</strong></p>` : "";
  const retry = opts.retryHref ? html`<p>${t(lang, "inUseRetry")} <a href="${opts.retryHref}">${t(lang, "inUseOpen")}</a></p>` : "";
  return messagePage(lang, "inUseTitle", "inUseBody", html`${submitted}<p>${t(lang, "inUseWhat")}</p>${retry}`);
}

/** A page for a form post we could not use, with a link back to the form. */
export function badRequestPage(lang: Lang, formHref: string): string {
  return messagePage(lang, "badRequestTitle", "badRequestBody", html`<p><a href="${formHref}">${t(lang, "backToForm")}</a></p>`);
}

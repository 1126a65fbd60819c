// Builds the views' models from a SurveyContext in the page's language.
import type { Lang } from "../../i18n/index.ts";
import { roundDisplay, type Member } from "../../../domain/index.ts";
import { roleName, targetPhrase, targetTitle } from "../../../surveys/text.ts";
import { ratingsToValues } from "../../views/fields.ts";
import type { FieldError, ReceiptView, SurveyFormView, TargetView } from "../../views/survey-types.ts";
import type { SurveyContext } from "./context.ts";
import { choosesShown } from "./save.ts";

/** Path of the form for this token. */
export const formPath = (token: string) => `/s/${token}`;
export const receiptPath = (token: string) => `/s/${token}/receipt`;

/** A member named for headings and inside questions. */
export function targetView(m: Member, lang: Lang): TargetView {
  return { id: m.id, title: targetTitle(roleName(m.role, lang), m.label), phrase: targetPhrase(m.role, m.label, lang) };
}

/** What a form page shows beyond the stored answers: a rejected post's values and errors, or "draft saved" (and where). */
export interface FormOptions {
  entered?: Map<string, string>;
  errors?: FieldError[];
  saved?: boolean | string;
  /** A rejected post's family choice (otherwise the stored one). */
  show?: boolean;
}

/** The form model; `entered` and `errors` come from a rejected post, otherwise the answers this browser saved are shown. */
export function formView(ctx: SurveyContext, lang: Lang, opts: FormOptions = {}): SurveyFormView {
  const stored = ctx.answer;
  return {
    lang,
    action: formPath(ctx.token),
    instrument: ctx.instrument,
    targets: ctx.targets.map((m) => targetView(m, lang)),
    values: opts.entered ?? ratingsToValues(stored?.ratings ?? []),
    errors: opts.errors ?? [],
    closesAt: ctx.round.closesAt,
    submittedAt: stored?.submitted ? stored.submittedAt : null,
    saved: opts.saved,
    raterTitle: ctx.kind === "child" ? "" : targetTitle(roleName(ctx.rater.role, lang), ctx.rater.label),
    display: roundDisplay(ctx.round),
    earlierLink: ctx.access === "earlier_link",
    show: choosesShown(ctx) ? (opts.show ?? stored?.showInMeeting ?? false) : null,
  };
}

/** The receipt model from the answer set this browser saved. */
export function receiptView(ctx: SurveyContext, lang: Lang): ReceiptView | null {
  const a = ctx.answer;
  if (!a) return null;
  return {
    lang,
    instrument: ctx.instrument,
    targets: ctx.targets.map((m) => targetView(m, lang)),
    ratings: a.ratings,
    submitted: a.submitted,
    submittedAt: a.submittedAt,
    updatedAt: a.updatedAt,
    editHref: ctx.state === "open" ? formPath(ctx.token) : null,
  };
}

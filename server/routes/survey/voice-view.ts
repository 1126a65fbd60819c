// Builds the family's and the child's page models (consent, form, receipt) from a SurveyContext.
import type { Lang } from "../../i18n/index.ts";
import type { VoiceConsentView, VoiceFormView, VoiceKind, VoiceReceiptView } from "../../views/voices/types.ts";
import type { SurveyContext } from "./context.ts";
import { choosesShown } from "./save.ts";
import { formPath, formView, targetView, type FormOptions } from "./view-model.ts";

/** Where the family/child form itself lives (the bare link shows the consent page first). */
export const voiceFormPath = (token: string) => `/s/${token}/form`;

const voiceKind = (ctx: SurveyContext): VoiceKind => (ctx.kind === "child" ? "child" : "family");

/** True when the respondent chose "I don't want to answer" (a submitted set with no ratings). */
export function declined(ctx: SurveyContext): boolean {
  return Boolean(ctx.answer?.submitted && ctx.answer.ratings.length === 0);
}

/** Show the consent page: nothing saved yet, or they declined (so they can choose again). */
export function needsConsent(ctx: SurveyContext): boolean {
  return ctx.kind !== "team" && (!ctx.answer || declined(ctx));
}

export function consentView(ctx: SurveyContext, lang: Lang): VoiceConsentView {
  return {
    lang, kind: voiceKind(ctx), instrument: ctx.instrument,
    formHref: voiceFormPath(ctx.token), action: formPath(ctx.token), closesAt: ctx.round.closesAt,
    show: choosesShown(ctx) ? (ctx.answer?.showInMeeting ?? false) : null, earlierLink: ctx.access === "earlier_link",
  };
}

/** The team form's model plus the voice; a declined set (submitted without ratings) does not show as submitted. */
export function voiceFormView(ctx: SurveyContext, lang: Lang, opts: FormOptions = {}): VoiceFormView {
  const form = formView(ctx, lang, opts);
  return { ...form, kind: voiceKind(ctx), submittedAt: declined(ctx) ? null : form.submittedAt };
}

export function voiceReceiptView(ctx: SurveyContext, lang: Lang): VoiceReceiptView | null {
  const a = ctx.answer;
  if (!a) return null;
  const open = ctx.state === "open";
  return {
    lang, kind: voiceKind(ctx), instrument: ctx.instrument,
    targets: ctx.targets.map((m) => targetView(m, lang)),
    ratings: a.ratings, submitted: a.submitted, submittedAt: a.submittedAt, updatedAt: a.updatedAt,
    editHref: open ? (declined(ctx) ? voiceFormPath(ctx.token) : formPath(ctx.token)) : null,
  };
}

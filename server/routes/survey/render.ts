// Picks the page for a respondent's kind of form: the team form, or the family's/child's pages.
import type { Lang } from "../../i18n/index.ts";
import { receiptPage } from "../../views/receipt-page.ts";
import { surveyPage } from "../../views/survey-page.ts";
import { consentPage } from "../../views/voices/consent-page.ts";
import { voiceFormPage } from "../../views/voices/form-page.ts";
import { voiceReceiptPage } from "../../views/voices/receipt-page.ts";
import type { SurveyContext } from "./context.ts";
import { formView, receiptView, type FormOptions } from "./view-model.ts";
import { consentView, needsConsent, voiceFormView, voiceReceiptView } from "./voice-view.ts";

/** The form page; `start` skips the family's/child's consent page. */
export function formPage(ctx: SurveyContext, lang: Lang, opts: FormOptions = {}, start = true): string {
  if (ctx.kind === "team") return surveyPage(formView(ctx, lang, opts));
  if (!start && needsConsent(ctx)) return consentPage(consentView(ctx, lang));
  return voiceFormPage(voiceFormView(ctx, lang, opts));
}

/** The receipt page, or null when nothing is stored yet. */
export function receiptFor(ctx: SurveyContext, lang: Lang): string | null {
  if (ctx.kind === "team") {
    const v = receiptView(ctx, lang);
    return v ? receiptPage(v) : null;
  }
  const v = voiceReceiptView(ctx, lang);
  return v ? voiceReceiptPage(v) : null;
}

// View models of the family's and the child's pages.
import type { ReceiptView, SurveyFormView } from "../survey-types.ts";
import type { Lang } from "../../i18n/index.ts";
import type { Instrument } from "../../../surveys/schema.ts";

export type VoiceKind = "family" | "child";

/** The form: like the team form's model, plus which voice it is and the start page's address. */
export interface VoiceFormView extends SurveyFormView {
  kind: VoiceKind;
}

/** The consent and framing page shown before the form. */
export interface VoiceConsentView {
  lang: Lang;
  kind: VoiceKind;
  instrument: Instrument;
  /** Where "I want to answer" leads (/s/<token>/form) and where "I don't want to answer" posts (/s/<token>). */
  formHref: string;
  action: string;
  closesAt: string | null;
  /** A family seat's choice to be shown in the team's overview (null for the child). */
  show: boolean | null;
  /** Answers from a link re-issued since are stored and not shown; starting here replaces them. */
  earlierLink: boolean;
}

/** The receipt: like the team receipt's model, plus which voice it is. */
export interface VoiceReceiptView extends ReceiptView {
  kind: VoiceKind;
}

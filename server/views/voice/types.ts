// View models of the family's and the child's pages.
import type { SurveyFormView, TargetView } from "../survey-types.ts";
import type { Lang } from "../../i18n/index.ts";
import type { Instrument } from "../../../surveys/schema.ts";
import type { Rating } from "../../../domain/response.ts";

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
}

export interface VoiceReceiptView {
  lang: Lang;
  kind: VoiceKind;
  instrument: Instrument;
  targets: TargetView[];
  ratings: Rating[];
  submitted: boolean;
  submittedAt: string | null;
  updatedAt: string;
  /** Link back to the form; null when the round is closed. */
  editHref: string | null;
}

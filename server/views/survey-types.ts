// View models for the respondent pages, built by the routes from the store and the instrument.
import type { Lang } from "../i18n/index.ts";
import type { RoundDisplay } from "../../domain/round.ts";
import type { Instrument } from "../../surveys/schema.ts";
import type { Rating } from "../../domain/response.ts";

/** One member being rated, already named in the page's language. */
export interface TargetView {
  id: string;
  /** Heading form, e.g. "Helsesykepleier (Kari)". */
  title: string;
  /** In-sentence form used for {target}, e.g. "helsesykepleier (Kari)". */
  phrase: string;
}

/** A problem with one cell of the form. */
export interface FieldError {
  target: string;
  item: string;
  kind: "missing" | "invalid";
}

export interface SurveyFormView {
  lang: Lang;
  /** Where the form posts to (/s/<token>). */
  action: string;
  instrument: Instrument;
  targets: TargetView[];
  /** Current values keyed by field name (r.<target>.<item>). */
  values: Map<string, string>;
  errors: FieldError[];
  closesAt: string | null;
  /** Set when the stored set was submitted earlier. */
  submittedAt: string | null;
  /** A draft was saved: true shows the notice on top, a target id shows it at the end of that target's section. */
  saved?: boolean | string;
  /** Who answers, heading-style ("Koordinator (Kari)"); empty for the child. */
  raterTitle: string;
  /** The round's display setting, told in the intro. */
  display: RoundDisplay;
  /** Answers from a link re-issued since are stored and not shown; a save here replaces them. */
  earlierLink: boolean;
  /** A family seat's choice to be shown in the team's overview (null: not theirs to choose). */
  show: boolean | null;
}

/** The receipt after submit (or a saved draft); the family's and the child's receipt add which voice it is. */
export interface ReceiptView {
  lang: Lang;
  instrument: Instrument;
  targets: TargetView[];
  ratings: Rating[];
  submitted: boolean;
  submittedAt: string | null;
  updatedAt: string;
  /** Link back to the form; null when the round is closed. */
  editHref: string | null;
}

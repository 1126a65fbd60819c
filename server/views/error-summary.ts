// The error summary at the top of a re-rendered form: per section, with the section's heading, a link to each question by the number it shows.
import type { Translate } from "../i18n/index.ts";
import { html, type Html } from "./html.ts";
import { optionId } from "./fields.ts";
import type { FieldError } from "./survey-types.ts";

/** One section of the form as it shows: its heading and its questions' item ids in the order they are numbered. */
export interface SummarySection {
  target: string;
  heading: string;
  items: readonly string[];
  /** The questions' text as the form shows it, by item id; without it a question is named by its number («spørsmål 2»). */
  texts?: ReadonlyMap<string, string>;
}

/**
 * Renders nothing when there are no errors. Each line names the section by its heading as the form shows it
 * («Samarbeidet med koordinatoren (Kari)») and links to each question needing an answer by the number the form
 * shows above it («spørsmål 2») or, for short forms, by the question as it reads; never by words the form does not show.
 */
export function errorSummary(
  tr: Translate, errors: FieldError[], sections: readonly SummarySection[], opts: { title?: string; na?: string } = {},
): Html {
  if (errors.length === 0) return html``;
  const onlyInvalid = errors.every((e) => e.kind === "invalid");
  const lines = sections.flatMap((s) => {
    const errs = errors.filter((e) => e.target === s.target).sort((a, b) => s.items.indexOf(a.item) - s.items.indexOf(b.item));
    if (errs.length === 0) return [];
    const name = (item: string) => s.texts?.get(item) ?? tr("errorQuestion", { n: s.items.indexOf(item) + 1 });
    if (s.texts) {
      // Whole questions read as a list of their own, under the section's heading.
      const links = errs.map((e) => html`<li><a href="#${optionId(e.target, e.item, "1")}">${name(e.item)}</a></li>`);
      return [s.heading ? html`<li><strong>${s.heading}:</strong><ul>${links}</ul></li>` : links];
    }
    const links = errs.map((e, i) => html`${i > 0 ? ", " : ""}<a href="#${optionId(e.target, e.item, "1")}">${name(e.item)}</a>`);
    return [s.heading ? html`<li><strong>${s.heading}:</strong> ${links}</li>` : html`<li>${links}</li>`];
  });
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${onlyInvalid ? tr("invalidSummaryTitle") : (opts.title ?? tr("errorSummaryTitle"))}</h2>
<p>${onlyInvalid ? tr("fieldInvalid") : tr("errorSummaryIntro", { na: opts.na ?? tr("na") })}</p>
<ul>${lines}</ul>
</div>
`;
}

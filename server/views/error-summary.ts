// The error summary at the top of a re-rendered form: per member, a link to each question (its first radio).
import type { Lang, Translate } from "../i18n/index.ts";
import type { Instrument } from "../../surveys/schema.ts";
import { html, type Html } from "./html.ts";
import { optionId } from "./fields.ts";
import type { FieldError, TargetView } from "./survey-types.ts";

/** Renders nothing when there are no errors. */
export function errorSummary(tr: Translate, lang: Lang, errors: FieldError[], targets: TargetView[], instrument: Instrument): Html {
  if (errors.length === 0) return html``;
  const na = tr("na");
  const onlyInvalid = errors.every((e) => e.kind === "invalid");
  const titles = new Map(targets.map((t) => [t.id, t.title]));
  const items = new Map(instrument.items.map((i) => [i.id, i.short[lang]]));
  // One line per member, with a link to each question that needs an answer (compact even when many are missing).
  const byTarget = new Map<string, FieldError[]>();
  for (const e of errors) byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e]);
  const lines = [...byTarget].map(([target, errs]) => {
    const links = errs.map((e, i) => html`${i > 0 ? ", " : ""}<a href="#${optionId(e.target, e.item, "1")}">${items.get(e.item) ?? e.item}</a>`);
    return html`<li><strong>${titles.get(target) ?? target}:</strong> ${links}</li>`;
  });
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${tr(onlyInvalid ? "invalidSummaryTitle" : "errorSummaryTitle")}</h2>
<p>${onlyInvalid ? tr("fieldInvalid") : tr("errorSummaryIntro", { na })}</p>
<ul>${lines}</ul>
</div>
`;
}

// The error summary at the top of a re-rendered form: one link per problem, pointing at its first radio.
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
  const links = errors.map(
    (e) => html`<li><a href="#${optionId(e.target, e.item, "1")}">${titles.get(e.target) ?? e.target}: ${items.get(e.item) ?? e.item}</a></li>`,
  );
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${tr(onlyInvalid ? "invalidSummaryTitle" : "errorSummaryTitle")}</h2>
<p>${onlyInvalid ? tr("fieldInvalid") : tr("errorSummaryIntro", { na })}</p>
<ul>${links}</ul>
</div>
`;
}

// The respondent form page: intro, one section per other member, draft/submit buttons; no script.
import { formatDateTime, translator, type Translate } from "../i18n/index.ts";
import { itemText } from "../../surveys/text.ts";
import { html, type Html } from "./html.ts";
import { errorSummary } from "./error-summary.ts";
import { fieldName } from "./fields.ts";
import { page } from "./layout.ts";
import { scaleQuestion } from "./scale-question.ts";
import { sectionId, surveyIntro } from "./survey-intro.ts";
import type { SurveyFormView, TargetView } from "./survey-types.ts";

/** "Lagre utkast"; once submitted "Lagre endringer" (the server keeps the set submitted). */
function draftButton(tr: Translate, submitted: boolean): Html {
  return html`<button type="submit" name="action" value="draft" class="btn secondary">${tr(submitted ? "saveChanges" : "saveDraft")}</button>`;
}

/** One member's section: heading with position, then every instrument item as a radio group. */
function targetSection(v: SurveyFormView, tr: Translate, t: TargetView, n: number): Html {
  const { lang, instrument } = v;
  const errors = new Map(v.errors.filter((e) => e.target === t.id).map((e) => [e.item, e.kind]));
  const questions = instrument.items.map((item) => {
    const kind = errors.get(item.id);
    return scaleQuestion({
      name: fieldName(t.id, item.id),
      target: t.id,
      item: item.id,
      legend: itemText(item, lang, t.phrase),
      value: v.values.get(fieldName(t.id, item.id)),
      error: kind === "missing" ? tr("fieldMissing", { na: tr("na") }) : kind === "invalid" ? tr("fieldInvalid") : undefined,
      low: instrument.scale.low[lang],
      high: instrument.scale.high[lang],
      naLabel: tr("na"),
      errorPrefix: tr("errorPrefix"),
    });
  });
  const count = tr("sectionCount", { n, total: v.targets.length });
  return html`<section class="target" id="${sectionId(t.id)}" aria-labelledby="h-${t.id}">
<p class="count">${count}</p>
<h2 id="h-${t.id}">${tr("sectionTitle", { target: t.title })}</h2>
${questions}<div class="section-end">${draftButton(tr, Boolean(v.submittedAt))}</div>
</section>
`;
}

/** The notices above the form: draft saved, already submitted. */
function notices(v: SurveyFormView, tr: Translate): Html {
  const saved = v.saved ? html`<p class="notice" role="status">${tr(v.submittedAt ? "changesSaved" : "draftSaved")}</p>` : "";
  const submitted = v.submittedAt
    ? html`<p class="notice">${tr("alreadySubmitted", { date: formatDateTime(v.lang, v.submittedAt) })}</p>`
    : "";
  return html`${saved}${submitted}`;
}

/** The whole form page as an HTML string. */
export function surveyPage(v: SurveyFormView): string {
  const tr = translator(v.lang);
  const sections = v.targets.map((t, i) => targetSection(v, tr, t, i + 1));
  const title = (v.errors.length ? `${tr("errorPrefix")}: ` : "") + `${tr("pageTitle")} – Laget`;
  const body = html`${notices(v, tr)}${errorSummary(tr, v.lang, v.errors, v.targets, v.instrument)}${surveyIntro(v, tr, v.lang)}
<form method="post" action="${v.action}" id="questions" novalidate>
${sections}<div class="actions">
<p class="help">${tr(v.submittedAt ? "actionsHelpSubmitted" : "actionsHelp")}</p>
<div class="buttons">${draftButton(tr, Boolean(v.submittedAt))}<button type="submit" name="action" value="submit" class="btn primary">${tr(v.submittedAt ? "submitChanges" : "submit")}</button></div>
</div>
</form>
`;
  return page({ lang: v.lang, title, body, skipTo: { href: "#questions", text: tr("skipLink") } });
}

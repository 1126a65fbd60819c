// The respondent form page: intro, one section per other member, draft/submit buttons; no script.
import { formatDateTime, translator, type Translate } from "../i18n/index.ts";
import { itemText } from "../../surveys/text.ts";
import { html, type Html } from "./html.ts";
import { errorSummary } from "./error-summary.ts";
import { fieldName } from "./fields.ts";
import { page } from "./layout.ts";
import { scaleQuestion } from "./scale-question.ts";
import { showChoice } from "./show-choice.ts";
import { sectionEndId, sectionId, surveyIntro } from "./survey-intro.ts";
import type { SurveyFormView, TargetView } from "./survey-types.ts";

/** Value of a draft button: `draft`, or `draft:<target id>` to come back to that target's section after saving. */
export const draftValue = (target?: string) => (target ? `draft:${target}` : "draft");

/** "Lagre utkast"; once submitted "Lagre endringer" (the server keeps the set submitted). */
export function draftButton(tr: Translate, submitted: boolean, target?: string): Html {
  return html`<button type="submit" name="action" value="${draftValue(target)}" class="btn secondary">${tr(submitted ? "saveChanges" : "saveDraft")}</button>`;
}

/** The "draft saved" notice where the draft was saved from: a section (`at` its target id), the buttons at the end (`send`), or the top. */
export function savedNotice(tr: Translate, v: SurveyFormView, at: string | undefined): Html {
  const here = at === undefined ? v.saved === true : v.saved === at;
  if (!here) return html``;
  const key = v.submittedAt ? "changesSaved" : at === undefined ? "draftSaved" : "sectionSaved";
  return html`<p class="notice" role="status">${tr(key)}</p>`;
}

/** One member's section: heading with position, then every instrument item as a numbered radio group. */
function targetSection(v: SurveyFormView, tr: Translate, t: TargetView, n: number): Html {
  const { lang, instrument } = v;
  const errors = new Map(v.errors.filter((e) => e.target === t.id).map((e) => [e.item, e.kind]));
  const questions = instrument.items.map((item, i) => {
    const kind = errors.get(item.id);
    return scaleQuestion({
      name: fieldName(t.id, item.id),
      target: t.id,
      item: item.id,
      legend: itemText(item, lang, t.phrase),
      kicker: tr("questionOf", { n: i + 1, total: instrument.items.length }),
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
<h2 id="h-${t.id}">${tr("sectionTitle", { target: t.phrase })}</h2>
${questions}<div class="section-end" id="${sectionEndId(t.id)}">${savedNotice(tr, v, t.id)}${draftButton(tr, Boolean(v.submittedAt), t.id)}</div>
</section>
`;
}

/** The notices above the form: draft saved, already submitted, answers from an earlier link. */
function notices(v: SurveyFormView, tr: Translate): Html {
  const submitted = v.submittedAt
    ? html`<p class="notice">${tr("alreadySubmitted", { date: formatDateTime(v.lang, v.submittedAt) })}</p>`
    : "";
  const earlier = v.earlierLink ? html`<p class="notice">${tr("earlierLinkNote")}</p>` : "";
  return html`${savedNotice(tr, v, undefined)}${submitted}${earlier}`;
}

/** The whole form page as an HTML string. */
export function surveyPage(v: SurveyFormView): string {
  const tr = translator(v.lang);
  const sections = v.targets.map((t, i) => targetSection(v, tr, t, i + 1));
  const items = v.instrument.items.map((i) => i.id);
  const summary = errorSummary(tr, v.errors, v.targets.map((t) => ({ target: t.id, heading: tr("sectionTitle", { target: t.phrase }), items })));
  const title = (v.errors.length ? `${tr("errorPrefix")}: ` : "") + `${tr("pageTitle")} – Laget`;
  const choice = v.show === null ? "" : html`<div class="target choice">${showChoice(tr, v.show, "showTeamForm")}</div>`;
  const body = html`${notices(v, tr)}${summary}${surveyIntro(v, tr, v.lang)}
<form method="post" action="${v.action}" id="questions" novalidate>
${choice}${sections}<div class="actions" id="send">
<p class="help">${tr(v.submittedAt ? "actionsHelpSubmitted" : "actionsHelp")}</p>
${savedNotice(tr, v, "send")}<div class="buttons">${draftButton(tr, Boolean(v.submittedAt), "send")}<button type="submit" name="action" value="submit" class="btn primary">${tr(v.submittedAt ? "submitChanges" : "submit")}</button></div>
</div>
</form>
`;
  return page({ lang: v.lang, title, body, skipTo: { href: "#questions", text: tr("skipLink") } });
}

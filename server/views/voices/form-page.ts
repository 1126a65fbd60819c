// The family's form (all helpers, then each helper, optional) and the child's form (six face questions); no script.
import { formatDateTime, translator, type Translate } from "../../i18n/index.ts";
import { itemText } from "../../../surveys/text.ts";
import type { InstrumentItem } from "../../../surveys/schema.ts";
import { TEAM_TARGET_ID } from "../../../domain/voices.ts";
import { html, type Html } from "../html.ts";
import { fieldName, optionId } from "../fields.ts";
import { page } from "../layout.ts";
import { choiceQuestion } from "./choice-question.ts";
import { voiceText, type VoiceTranslate } from "./text.ts";
import type { VoiceFormView } from "./types.ts";

interface Ctx {
  v: VoiceFormView;
  tr: Translate;
  vt: VoiceTranslate;
  na: string;
}

/** One question about `target` (the team pseudo-target or a member). */
function question(c: Ctx, item: InstrumentItem, target: string, phrase: string, kicker?: string): Html {
  const { v, tr, vt, na } = c;
  const kind = v.errors.find((e) => e.target === target && e.item === item.id)?.kind;
  const missing = v.kind === "child" ? vt("childMissing", { na }) : tr("fieldMissing", { na });
  return choiceQuestion({
    name: fieldName(target, item.id), target, item: item.id, kicker,
    legend: itemText(item, v.lang, phrase),
    value: v.values.get(fieldName(target, item.id)),
    error: kind === "missing" ? missing : kind === "invalid" ? tr("fieldInvalid") : undefined,
    labels: (v.instrument.scale.labels ?? []).map((l) => l[v.lang]),
    naLabel: na, errorPrefix: tr("errorPrefix"), faces: v.kind === "child",
  });
}

/** Error summary linking to each question that needs an answer. */
function errorSummary(c: Ctx): Html {
  const { v, tr, vt } = c;
  if (v.errors.length === 0) return html``;
  const names = new Map(v.instrument.items.map((i) => [i.id, i.short[v.lang]]));
  const titles = new Map(v.targets.map((t) => [t.id, t.title]));
  const order = v.instrument.items.map((i) => i.id);
  const links = v.errors.map((e) => {
    // The child reads "Spørsmål 2 av 6" as above each question; the family the member and the short name.
    const n = order.indexOf(e.item) + 1;
    const who = v.kind === "child" ? `${vt("questionOf", { n, total: order.length })}: ` : e.target === TEAM_TARGET_ID ? "" : `${titles.get(e.target) ?? ""}: `;
    return html`<li><a href="#${optionId(e.target, e.item, "1")}">${who}${names.get(e.item) ?? e.item}</a></li>`;
  });
  const title = v.kind === "child" ? vt("childErrorTitle") : tr("errorSummaryTitle");
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${title}</h2><ul>${links}</ul></div>`;
}

function familyQuestions(c: Ctx): Html {
  const { v, vt } = c;
  const team = v.instrument.items.filter((i) => i.about === "team");
  const member = v.instrument.items.filter((i) => i.about !== "team");
  const members = v.targets.map(
    (t) => html`<section class="voice-member" aria-labelledby="h-${t.id}"><h3 id="h-${t.id}">${t.title}</h3>${member.map((i) => question(c, i, t.id, t.phrase))}</section>`,
  );
  return html`<section class="target" aria-labelledby="h-team"><h2 id="h-team">${vt("famTeamTitle")}</h2>${team.map((i) => question(c, i, TEAM_TARGET_ID, ""))}</section>
${members.length ? html`<section class="target optional" aria-labelledby="h-members"><h2 id="h-members">${vt("famMembersTitle")}</h2><p class="help">${vt("famMembersIntro")}</p><p><a class="skip-members" href="#send">${vt("famSkipMembers")}</a></p>${members}</section>` : ""}`;
}

function childQuestions(c: Ctx): Html {
  const items = c.v.instrument.items;
  const qs = items.map((i, n) => question(c, i, TEAM_TARGET_ID, "", c.vt("questionOf", { n: n + 1, total: items.length })));
  return html`<section class="target child-qs">${qs}</section>`;
}

/** The whole page as an HTML string. */
export function voiceFormPage(v: VoiceFormView): string {
  const tr = translator(v.lang);
  const vt = voiceText(v.lang);
  const child = v.kind === "child";
  const c: Ctx = { v, tr, vt, na: vt(child ? "childNa" : "famNa") };
  const submitted = Boolean(v.submittedAt);
  const saved = v.saved ? html`<p class="notice" role="status">${tr(submitted ? "changesSaved" : "draftSaved")}</p>` : "";
  const already = v.submittedAt ? html`<p class="notice">${tr("alreadySubmitted", { date: formatDateTime(v.lang, v.submittedAt) })}</p>` : "";
  const closes = v.closesAt && !child ? html`<p>${tr("closesAt", { date: formatDateTime(v.lang, v.closesAt) })}</p>` : "";
  const title = vt(child ? "childFormTitle" : "famFormTitle");
  const draft = child ? "" : html`<button type="submit" name="action" value="draft" class="btn secondary">${tr(submitted ? "saveChanges" : "saveDraft")}</button>`;
  const submitText = submitted ? tr("submitChanges") : child ? vt("childSubmit") : tr("submit");
  const body = html`${saved}${already}${errorSummary(c)}<div class="intro${child ? " child" : ""}">
<h1>${title}</h1>
<p>${vt(child ? "childFormIntro" : "famFormIntro", { na: c.na })}</p>
${closes}</div>
<form method="post" action="${v.action}" id="questions" novalidate>
${child ? childQuestions(c) : familyQuestions(c)}
<div class="actions" id="send"><div class="buttons">${draft}<button type="submit" name="action" value="submit" class="btn primary">${submitText}</button></div></div>
</form>
`;
  const prefix = v.errors.length ? `${tr("errorPrefix")}: ` : "";
  return page({ lang: v.lang, title: `${prefix}${title} – Laget`, body, skipTo: { href: "#questions", text: tr("skipLink") } });
}

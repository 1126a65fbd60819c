// The family's form (all helpers, then each helper, optional) and the child's form (six face questions); no script.
import { formatDateTime, translator, type Translate } from "../../i18n/index.ts";
import { itemText } from "../../../surveys/text.ts";
import type { InstrumentItem } from "../../../surveys/schema.ts";
import { TEAM_TARGET_ID } from "../../../domain/voices.ts";
import { html, type Html } from "../html.ts";
import { errorSummary, type SummarySection } from "../error-summary.ts";
import { fieldName } from "../fields.ts";
import { page } from "../layout.ts";
import { showChoice } from "../show-choice.ts";
import { sectionEndId, sectionId } from "../survey-intro.ts";
import { draftButton, savedNotice } from "../survey-page.ts";
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

/** The form's sections as the error summary names them: the headings and questions as the page shows them. */
function summarySections(c: Ctx): SummarySection[] {
  const { v, vt } = c;
  const texts = (items: InstrumentItem[], phrase: string) => new Map(items.map((i) => [i.id, itemText(i, v.lang, phrase)]));
  const team = v.instrument.items.filter((i) => v.kind === "child" || i.about === "team");
  const member = v.instrument.items.filter((i) => i.about !== "team");
  return [
    { target: TEAM_TARGET_ID, heading: v.kind === "child" ? "" : vt("famTeamTitle"), items: team.map((i) => i.id), texts: texts(team, "") },
    ...v.targets.map((t) => ({ target: t.id, heading: t.title, items: member.map((i) => i.id), texts: texts(member, t.phrase) })),
  ];
}

function familyQuestions(c: Ctx): Html {
  const { v, vt, tr } = c;
  const team = v.instrument.items.filter((i) => i.about === "team");
  const member = v.instrument.items.filter((i) => i.about !== "team");
  const submitted = Boolean(v.submittedAt);
  const members = v.targets.map(
    (t) => html`<section class="voice-member" id="${sectionId(t.id)}" aria-labelledby="h-${t.id}"><h3 id="h-${t.id}">${t.title}</h3>${member.map((i) => question(c, i, t.id, t.phrase))}</section>`,
  );
  return html`<section class="target" id="${sectionId(TEAM_TARGET_ID)}" aria-labelledby="h-team"><h2 id="h-team">${vt("famTeamTitle")}</h2>${team.map((i) => question(c, i, TEAM_TARGET_ID, ""))}<div class="section-end" id="${sectionEndId(TEAM_TARGET_ID)}">${savedNotice(tr, v, TEAM_TARGET_ID)}${draftButton(tr, submitted, TEAM_TARGET_ID)}</div></section>
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
  const already = v.submittedAt ? html`<p class="notice">${tr("alreadySubmitted", { date: formatDateTime(v.lang, v.submittedAt) })}</p>` : "";
  const earlier = v.earlierLink ? html`<p class="notice">${tr("earlierLinkNote")}</p>` : "";
  const closes = v.closesAt && !child ? html`<p>${tr("closesAt", { date: formatDateTime(v.lang, v.closesAt) })}</p>` : "";
  const title = vt(child ? "childFormTitle" : "famFormTitle");
  const draft = child ? "" : draftButton(tr, submitted, "send");
  const submitText = submitted ? tr("submitChanges") : child ? vt("childSubmit") : tr("submit");
  const summary = errorSummary(tr, v.errors, summarySections(c), { title: child ? vt("childErrorTitle") : undefined, na: c.na });
  const choice = v.show === null ? "" : html`<div class="target choice">${showChoice(tr, v.show, "showFamilyForm")}</div>`;
  const body = html`${savedNotice(tr, v, undefined)}${already}${earlier}${summary}<div class="intro${child ? " child" : ""}">
<h1>${title}</h1>
${v.raterTitle ? html`<p class="you">${tr("introRole")} <strong>${v.raterTitle}</strong></p>` : ""}
<p>${vt(child ? "childFormIntro" : "famFormIntro", { na: c.na })}</p>
${closes}</div>
<form method="post" action="${v.action}" id="questions" novalidate>
${child ? childQuestions(c) : familyQuestions(c)}
${choice}<div class="actions" id="send">${savedNotice(tr, v, "send")}<div class="buttons">${draft}<button type="submit" name="action" value="submit" class="btn primary">${submitText}</button></div></div>
</form>
`;
  const prefix = v.errors.length ? `${tr("errorPrefix")}: ` : "";
  return page({ lang: v.lang, title: `${prefix}${title} – Laget`, body, skipTo: { href: "#questions", text: tr("skipLink") } });
}

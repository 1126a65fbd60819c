// The short intro above the questions: what relational capacity is, your role, who sees what (the round's display setting), time, the targets.
import { formatDateTime, type Lang, type Translate, type UiStrings } from "../i18n/index.ts";
import type { RoundDisplay } from "../../domain/round.ts";
import { estimateMinutes } from "../../surveys/text.ts";
import { html, type Html } from "./html.ts";
import type { SurveyFormView } from "./survey-types.ts";

/** Anchor id of a target's section. */
export const sectionId = (targetId: string) => `m-${targetId}`;

/** Anchor id of the end of a target's section (its draft button): where a draft saved there comes back to. */
export const sectionEndId = (targetId: string) => `m-${targetId}-end`;

/** What the team will see of the answers, by the round's display setting. */
export const SEE: Record<RoundDisplay, keyof UiStrings> = { direction: "seeDirection", pairs: "seePairs", min2: "seeMin2" };

/** Intro, the list of members to answer about (links to their sections) and the scale explanation. */
export function surveyIntro(v: SurveyFormView, tr: Translate, lang: Lang): Html {
  const minutes = estimateMinutes(v.targets.length, v.instrument);
  const closes = v.closesAt ? html`<p>${tr("closesAt", { date: formatDateTime(lang, v.closesAt) })}</p>` : "";
  const targets = v.targets.map((t) => html`<li><a href="#${sectionId(t.id)}">${t.title}</a></li>`);
  const scale = tr("scaleHelp", { low: v.instrument.scale.low[lang], high: v.instrument.scale.high[lang], na: tr("na") });
  return html`<div class="intro">
<h1>${tr("introTitle")}</h1>
<p class="you">${tr("introRole")} <strong>${v.raterTitle}</strong></p>
<p>${tr("introWhat")}</p>
<h2 class="small">${tr("whoSeesTitle")}</h2>
<p data-display="${v.display}">${tr(SEE[v.display])}</p>
<p>${tr("seeLink")} ${tr("introNoWrong")}</p>
<p><strong>${tr("introTime", { minutes })}</strong> ${tr("introDraft")}</p>
${closes}<h2 class="small">${tr("targetsTitle", { count: v.targets.length })}</h2>
<ul class="targets chips">${targets}</ul>
<p class="scale-help">${scale}</p>
</div>
`;
}

// The family's and the child's start page: what is asked, who sees it, that it is voluntary; answer or decline.
import { formatDateTime, translator } from "../../i18n/index.ts";
import { html } from "../html.ts";
import { page } from "../layout.ts";
import { showChoice } from "../show-choice.ts";
import { voiceText } from "./text.ts";
import type { VoiceConsentView } from "./types.ts";

/**
 * The consent page as an HTML string: one form whose buttons post `start` (answer; the family's choice to be shown in
 * the team's overview goes with it) or `decline`, so it works without JavaScript.
 */
export function consentPage(v: VoiceConsentView): string {
  const vt = voiceText(v.lang);
  const tr = translator(v.lang);
  const teamItems = v.instrument.items.filter((i) => i.about === "team").length;
  const closes = v.closesAt && v.kind !== "child" ? html`<p>${tr("closesAt", { date: formatDateTime(v.lang, v.closesAt) })}</p>` : "";
  const child = v.kind === "child";
  const title = vt(child ? "childConsentTitle" : "famConsentTitle");
  const text = child
    ? html`<p>${vt("childConsentWhat", { count: teamItems })}</p>
<p>${vt("childWho")}</p>
<p>${vt("childNoWrong")}</p>
<p><strong>${vt("childFree")}</strong></p>`
    : html`<p>${vt("famConsentWhat", { count: teamItems })} ${vt("famConsentTime")}</p>
<h2>${vt("famWhoTitle")}</h2>
<p>${vt("famWho")}</p>
<p>${vt("famWhoOne")}</p>
<p>${tr("seeLink")}</p>
<h2>${vt("famFreeTitle")}</h2>
<p>${vt("famFree")}</p>`;
  const earlier = v.earlierLink ? html`<p class="notice">${tr("earlierLinkNote")}</p>` : "";
  const choice = v.show === null ? "" : showChoice(tr, v.show, "showFamilyForm");
  const body = html`${earlier}<div class="panel consent${child ? " child" : ""}">
<h1>${title}</h1>
${text}
${closes}<form method="post" action="${v.action}">
${choice}<div class="consent-actions">
<button type="submit" name="action" value="start" class="btn primary">${vt(child ? "childStart" : "famStart")}</button>
<button type="submit" name="action" value="decline" class="btn secondary">${vt(child ? "childDecline" : "famDecline")}</button>
</div>
</form>
${child ? "" : html`<p class="help">${vt("famDeclineNote")}</p>`}
</div>`;
  return page({ lang: v.lang, title: `${title} – Laget`, body });
}

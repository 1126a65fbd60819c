// The family's and the child's receipt: what was stored in words (or that they chose not to answer), and a way back.
import { translator, type Translate } from "../../i18n/index.ts";
import { TEAM_TARGET_ID } from "../../../domain/voices.ts";
import { html, type Html } from "../html.ts";
import { page } from "../layout.ts";
import { ratingsByCell, receiptBlock, receiptDocument, type StoredValue } from "../receipt-parts.ts";
import { voiceText } from "./text.ts";
import type { VoiceReceiptView } from "./types.ts";

/** The stored value as the word the respondent chose. */
function word(v: VoiceReceiptView, na: string, tr: Translate, value: StoredValue): string {
  if (value === undefined) return tr("notAnswered");
  if (value === null) return na;
  return v.instrument.scale.labels?.[value - 1]?.[v.lang] ?? String(value);
}

/** One block per target that has answers (the team block always). */
function blocks(v: VoiceReceiptView, tr: Translate, na: string, teamTitle: string): Html[] {
  const byCell = ratingsByCell(v.ratings);
  const answered = new Set(v.ratings.map((r) => r.target));
  const groups = [
    { id: TEAM_TARGET_ID, title: teamTitle, phrase: "", items: v.instrument.items.filter((i) => i.about === "team") },
    ...v.targets.filter((t) => answered.has(t.id)).map((t) => ({ id: t.id, title: t.title, phrase: t.phrase, items: v.instrument.items.filter((i) => i.about !== "team") })),
  ];
  return groups.map((g) => receiptBlock(v, g, g.items, byCell, (value) => word(v, na, tr, value)));
}

/** The receipt page as an HTML string. */
export function voiceReceiptPage(v: VoiceReceiptView): string {
  const tr = translator(v.lang);
  const vt = voiceText(v.lang);
  const child = v.kind === "child";
  if (v.submitted && v.ratings.length === 0) {
    const title = vt("declinedTitle");
    const again = v.editHref ? html`<p><a class="btn secondary" href="${v.editHref}">${vt("answerAnyway")}</a></p>` : "";
    return page({ lang: v.lang, title: `${title} – Laget`, body: html`<div class="panel receipt"><h1>${title}</h1><p>${vt("declinedBody")}</p>${again}</div>` });
  }
  const title = v.submitted ? (child ? vt("childThanks") : tr("receiptTitle")) : tr("receiptDraftTitle");
  const na = vt(child ? "childNa" : "famNa");
  return receiptDocument(v, tr, title, "panel receipt voice", blocks(v, tr, na, vt(child ? "childFormTitle" : "teamTarget")));
}

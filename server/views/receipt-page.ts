// The receipt after submit (or a saved draft): what was stored per member and item, when, and a way back.
import { formatDateTime, translator, type Lang, type Translate } from "../i18n/index.ts";
import type { Rating } from "../../domain/response.ts";
import type { Instrument } from "../../surveys/schema.ts";
import { html, type Html } from "./html.ts";
import { page } from "./layout.ts";
import type { TargetView } from "./survey-types.ts";

export interface ReceiptView {
  lang: Lang;
  instrument: Instrument;
  targets: TargetView[];
  ratings: Rating[];
  submitted: boolean;
  submittedAt: string | null;
  updatedAt: string;
  /** Link back to the form; null when the round is closed. */
  editHref: string | null;
}

/** "4", "5 – Svært godt", the N/A text, or "Not answered". */
function valueText(v: ReceiptView, tr: Translate, value: number | null | undefined): string {
  if (value === undefined) return tr("notAnswered");
  if (value === null) return tr("na");
  const anchor = value === 1 ? v.instrument.scale.low[v.lang] : value === 5 ? v.instrument.scale.high[v.lang] : "";
  return anchor ? `${value} – ${anchor}` : String(value);
}

function targetBlock(v: ReceiptView, tr: Translate, t: TargetView, byCell: Map<string, number | null>): Html {
  const rows = v.instrument.items.map((item) => {
    const value = byCell.get(`${t.id}.${item.id}`);
    const cls = value === undefined ? "missing" : value === null ? "na" : "";
    return html`<div class="row"><dt>${item.short[v.lang]}</dt><dd class="${cls}">${valueText(v, tr, value)}</dd></div>`;
  });
  return html`<section class="receipt-target"><h2>${t.title}</h2><dl>${rows}</dl></section>`;
}

/** The receipt page as an HTML string. */
export function receiptPage(v: ReceiptView): string {
  const tr = translator(v.lang);
  const byCell = new Map(v.ratings.map((r) => [`${r.target}.${r.item}`, r.value]));
  const title = tr(v.submitted ? "receiptTitle" : "receiptDraftTitle");
  const when =
    v.submitted && v.submittedAt
      ? tr("submittedAt", { date: formatDateTime(v.lang, v.submittedAt) })
      : `${tr("receiptDraftNote")} ${tr("savedAt", { date: formatDateTime(v.lang, v.updatedAt) })}`;
  const edit = v.editHref
    ? html`<p><a class="btn secondary" href="${v.editHref}">${tr("changeAnswers")}</a></p><p class="help">${tr("changeNote")}</p>`
    : html`<p>${tr("closedBody")}</p>`;
  const body = html`<div class="panel receipt">
<h1>${title}</h1>
<p>${when}</p>
${edit}
<h2 class="small">${tr("receiptIntro")}</h2>
${v.targets.map((t) => targetBlock(v, tr, t, byCell))}
</div>`;
  return page({ lang: v.lang, title: `${title} – Laget`, body });
}

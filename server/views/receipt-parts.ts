// Pieces shared by the team's and the voices' receipt pages: stored values by cell, one block per target, the page frame.
import { formatDateTime, type Translate } from "../i18n/index.ts";
import type { Rating } from "../../domain/response.ts";
import type { InstrumentItem } from "../../surveys/schema.ts";
import { itemText } from "../../surveys/text.ts";
import { html, type Html } from "./html.ts";
import { page } from "./layout.ts";
import type { ReceiptView } from "./survey-types.ts";

/** A stored value: a number, null for N/A, undefined when not answered. */
export type StoredValue = number | null | undefined;

/** Stored values keyed by `<target>.<item>`. */
export function ratingsByCell(ratings: Rating[]): Map<string, number | null> {
  return new Map(ratings.map((r) => [`${r.target}.${r.item}`, r.value]));
}

/** One target's section: a row per item, named by the question as the form showed it, with the stored value shown by `show`. */
export function receiptBlock(
  v: ReceiptView,
  target: { id: string; title: string; phrase: string },
  items: InstrumentItem[],
  byCell: Map<string, number | null>,
  show: (value: StoredValue) => string,
): Html {
  const rows = items.map((item) => {
    const value = byCell.get(`${target.id}.${item.id}`);
    const cls = value === undefined ? "missing" : value === null ? "na" : "";
    return html`<div class="row"><dt>${itemText(item, v.lang, target.phrase)}</dt><dd class="${cls}">${show(value)}</dd></div>`;
  });
  return html`<section class="receipt-target"><h2>${target.title}</h2><dl>${rows}</dl></section>`;
}

/** The whole receipt page: title, when it was stored, the way back (or that the round is closed), then the blocks. */
export function receiptDocument(v: ReceiptView, tr: Translate, title: string, panelClass: string, blocks: Html[]): string {
  const when =
    v.submitted && v.submittedAt
      ? tr("submittedAt", { date: formatDateTime(v.lang, v.submittedAt) })
      : `${tr("receiptDraftNote")} ${tr("savedAt", { date: formatDateTime(v.lang, v.updatedAt) })}`;
  const edit = v.editHref
    ? html`<p><a class="btn secondary" href="${v.editHref}">${tr("changeAnswers")}</a></p><p class="help">${tr("changeNote")}</p>`
    : v.submitted
      ? html`<p>${tr("closedAnsweredBody")}</p>`
      : html`<p>${tr("closedBody")} ${tr("closedDraftNote")}</p>`;
  const body = html`<div class="${panelClass}">
<h1>${title}</h1>
<p>${when}</p>
${edit}
<h2 class="small">${tr("receiptIntro")}</h2>
${blocks}
</div>`;
  return page({ lang: v.lang, title: `${title} – Laget`, body });
}

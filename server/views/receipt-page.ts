// The receipt after submit (or a saved draft): what was stored per member and item, when, and a way back.
import { translator, type Translate } from "../i18n/index.ts";
import { ratingsByCell, receiptBlock, receiptDocument, type StoredValue } from "./receipt-parts.ts";
import type { ReceiptView } from "./survey-types.ts";

/** "4", "5 – Svært godt", the N/A text, or "Not answered". */
function valueText(v: ReceiptView, tr: Translate, value: StoredValue): string {
  if (value === undefined) return tr("notAnswered");
  if (value === null) return tr("na");
  const anchor = value === 1 ? v.instrument.scale.low[v.lang] : value === 5 ? v.instrument.scale.high[v.lang] : "";
  return anchor ? `${value} – ${anchor}` : String(value);
}

/** The receipt page as an HTML string. */
export function receiptPage(v: ReceiptView): string {
  const tr = translator(v.lang);
  const byCell = ratingsByCell(v.ratings);
  const title = tr(v.submitted ? "receiptTitle" : "receiptDraftTitle");
  const blocks = v.targets.map((t) => receiptBlock(v, t, v.instrument.items, byCell, (value) => valueText(v, tr, value)));
  return receiptDocument(v, tr, title, "panel receipt", blocks);
}

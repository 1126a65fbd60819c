// One question as a radio group (1–5 plus "don't know / not applicable"); reused by every instrument's form.
import { html, type Html } from "./html.ts";
import { NA_VALUE, SCALE_VALUES, errorId, optionId } from "./fields.ts";

export interface ScaleQuestion {
  /** Form field name, e.g. r.<target>.<item>. */
  name: string;
  /** Target and item ids, used to build element ids. */
  target: string;
  item: string;
  /** The question text shown as the fieldset legend. */
  legend: string;
  /** Small line above the question, e.g. "Spørsmål 2 av 7" (the error summary links to it by that number). */
  kicker?: string;
  /** Current form value ("1".."5" or "na"), if any. */
  value?: string;
  /** Message shown under the legend when the answer is missing or invalid. */
  error?: string;
  /** Visible words for 1 and 5, e.g. "Svært dårlig" / "Svært godt". */
  low: string;
  high: string;
  naLabel: string;
  /** Screen-reader prefix for errors, e.g. "Feil". */
  errorPrefix: string;
}

function option(q: ScaleQuestion, value: string, text: Html): Html {
  const id = optionId(q.target, q.item, value);
  const checked = q.value === value ? html` checked` : "";
  return html`<div class="opt${value === NA_VALUE ? " na" : ""}"><input type="radio" id="${id}" name="${q.name}" value="${value}"${checked}><label for="${id}">${text}</label></div>`;
}

function numberLabel(q: ScaleQuestion, v: string): Html {
  const anchor = v === "1" ? q.low : v === "5" ? q.high : "";
  return anchor ? html`<span class="num">${v}</span><span class="anchor">${anchor}</span>` : html`<span class="num">${v}</span>`;
}

/** The fieldset for one question; an error adds a message and marks the group for assistive tech. */
export function scaleQuestion(q: ScaleQuestion): Html {
  const eid = errorId(q.target, q.item);
  const describedBy = q.error ? html` aria-describedby="${eid}"` : "";
  const error = q.error ? html`<p class="field-error" id="${eid}"><span class="sr">${q.errorPrefix}: </span>${q.error}</p>` : "";
  const scale = SCALE_VALUES.map((v) => option(q, v, numberLabel(q, v)));
  const kicker = q.kicker ? html`<span class="kicker">${q.kicker}</span> ` : "";
  return html`<fieldset class="q${q.error ? " has-error" : ""}"${describedBy}>
<legend>${kicker}${q.legend}</legend>${error}
<div class="scale">${scale}</div>${option(q, NA_VALUE, html`${q.naLabel}`)}
</fieldset>
`;
}

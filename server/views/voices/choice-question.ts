// One family or child question: five worded choices (faces for the child) plus "don't know"; the radio is the real control.
import { html, type Html } from "../html.ts";
import { NA_VALUE, SCALE_VALUES, errorId, optionId } from "../fields.ts";
import { face } from "./face.ts";

export interface ChoiceQuestion {
  /** Form field name r.<target>.<item>. */
  name: string;
  target: string;
  item: string;
  legend: string;
  /** Small line above the legend, e.g. "Spørsmål 2 av 6". */
  kicker?: string;
  value?: string;
  error?: string;
  /** Words for steps 1..5, always visible. */
  labels: readonly string[];
  naLabel: string;
  errorPrefix: string;
  /** Child form: show a face beside each word. */
  faces?: boolean;
}

function option(q: ChoiceQuestion, value: string, content: Html): Html {
  const id = optionId(q.target, q.item, value);
  const checked = q.value === value ? html` checked` : "";
  return html`<div class="copt${value === NA_VALUE ? " na" : ""}"><input type="radio" id="${id}" name="${q.name}" value="${value}"${checked}><label for="${id}">${content}</label></div>`;
}

/** The fieldset; the legend is the question, so a screen reader reads "question, choice, radio button". */
export function choiceQuestion(q: ChoiceQuestion): Html {
  const eid = errorId(q.target, q.item);
  const describedBy = q.error ? html` aria-describedby="${eid}"` : "";
  const error = q.error ? html`<p class="field-error" id="${eid}"><span class="sr">${q.errorPrefix}: </span>${q.error}</p>` : "";
  const kicker = q.kicker ? html`<span class="kicker">${q.kicker}</span> ` : "";
  const steps = SCALE_VALUES.map((v, i) =>
    option(q, v, q.faces ? html`${face(i + 1)}<span class="word">${q.labels[i]}</span>` : html`<span class="word">${q.labels[i]}</span>`),
  );
  return html`<fieldset class="cq${q.faces ? " faces" : ""}${q.error ? " has-error" : ""}"${describedBy}>
<legend>${kicker}${q.legend}</legend>${error}
<div class="choices">${steps}</div>${option(q, NA_VALUE, html`<span class="word">${q.naLabel}</span>`)}
</fieldset>
`;
}

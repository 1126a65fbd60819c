// A tiny escaping HTML template tag: interpolated values are escaped unless they are already Html.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Markup that is trusted (built by `html` or `raw`); everything else is escaped. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for use in element content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Marks a string as trusted markup. Only for constants, never for user input. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Values allowed inside `html`: nullish/false render nothing, arrays are joined. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false || v === true) return "";
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return esc(String(v));
}

/** Template tag: html`<p>${text}</p>` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

/** Renders `attr="value"` only when value is truthy (for optional attributes). */
export function attr(name: string, value: string | false | null | undefined): Html {
  return value ? html` ${raw(name)}="${value}"` : raw("");
}

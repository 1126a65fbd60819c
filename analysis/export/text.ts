// Text helpers shared by the writers: number formatting, CSV text (neutralising and quoting from csv/field.ts), XML escaping.
import { csvField } from "../csv/field.ts";

/** Full-precision decimal (shortest round-trip form), optionally with a decimal comma. */
export function formatNumber(value: number, decimal: "." | "," = "."): string {
  const s = String(value);
  return decimal === "," ? s.replace(".", ",") : s;
}

/**
 * Joins CSV rows with the given separator and line ending (the last line ends too). Every field goes
 * through csvField: text that would start a formula is neutralised, numbers stay numbers.
 */
export function csvText(rows: (string | number)[][], sep: string, eol: string): string {
  return rows.map((r) => r.map((f) => csvField(f)).join(sep)).join(eol) + eol;
}

/** Characters XML 1.0 forbids (C0 controls but tab, CR, LF; U+FFFE/U+FFFF; surrogates without their pair). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for a spreadsheet cell: one line (tabs and line breaks become spaces), nothing XML 1.0 forbids. */
export function cellText(value: string): string {
  return value.replace(/[\t\r\n\u0085\u2028\u2029]+/g, " ").replace(NOT_XML, "");
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

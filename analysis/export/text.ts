// Text helpers shared by the writers: number formatting, CSV text (quoting from csv/field.ts), XML escaping.
import { csvField } from "../csv/field.ts";

/** Full-precision decimal (shortest round-trip form), optionally with a decimal comma. */
export function formatNumber(value: number, decimal: "." | "," = "."): string {
  const s = String(value);
  return decimal === "," ? s.replace(".", ",") : s;
}

/** Joins CSV rows with the given separator and line ending (the last line ends too). */
export function csvText(rows: string[][], sep: string, eol: string): string {
  return rows.map((r) => r.map((f) => csvField(f)).join(sep)).join(eol) + eol;
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

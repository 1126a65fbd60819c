// One CSV field, shared by every CSV writer: formula neutralisation (OWASP CSV injection) and RFC 4180 quoting.

/** Characters a spreadsheet reads as the start of a formula (or that hide one): = + - @ tab CR. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A plain number, as the writers print it: optional sign, digits, `.` or `,` decimals, exponent. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises text a spreadsheet would run as a formula, as OWASP's CSV-injection guidance says:
 * a field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (Excel and LibreOffice show
 * the text as written). Numbers, negative ones included, stay numbers. Leading `'`s in front of such
 * a character get one more, so `unneutralize` gives back exactly the original text.
 */
export function neutralize(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The text a neutralised field stood for: one leading `'` in front of a formula start is dropped. */
export function unneutralize(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/**
 * RFC 4180 quoting only: quotes a field that holds any separator Laget's reader may sniff (`,` `;`
 * tab), a quote, a line break or edge spaces, so a file written with one separator is never
 * mistaken for another.
 */
export function quoteField(value: string): string {
  return /[,;\t"\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV field for a file people open in a spreadsheet: numbers as given, text neutralised, then quoted. */
export function csvField(value: string | number): string {
  return typeof value === "number" ? quoteField(String(value)) : quoteField(neutralize(value));
}

// Shared CSV reading: BOM, separator detection, records with line numbers, numbers with . or , decimals, size limits.
import { parse } from "csv-parse/sync";
import { LIMITS, formatBytes } from "../limits.ts";
import { CsvParseError } from "./errors.ts";
import { unneutralize } from "./field.ts";

export type Separator = "," | ";" | "\t";

export interface CsvRecord {
  /** Trimmed fields. */
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** Characters of one record csv-parse accepts: a full-width matrix row with long labels fits many times over. */
const MAX_RECORD_CHARS = 64 * 1024;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first line holding more than spaces, found in one pass without splitting the whole text. */
export function firstLine(text: string): string {
  const t = stripBom(text);
  const at = t.search(/\S/);
  if (at < 0) return "";
  const start = Math.max(t.lastIndexOf("\n", at), t.lastIndexOf("\r", at)) + 1;
  const end = t.slice(at).search(/[\r\n]/);
  return t.slice(start, end < 0 ? undefined : at + end);
}

/** Separator of the first non-empty line: tab if it has one, else `;` if it has one, else `,`. */
export function detectSeparator(text: string): Separator {
  const first = unquoted(firstLine(text));
  if (first.includes("\t")) return "\t";
  if (first.includes(";")) return ";";
  return ",";
}

/** The line with every double-quoted field's content removed, so quoted separators do not count. */
function unquoted(line: string): string {
  return line.replace(/"(?:[^"]|"")*"?/g, '""');
}

/** Refuses a text longer than LIMITS.textLength before it is parsed. */
export function checkTextLength(text: string, file: string): void {
  if (text.length > LIMITS.textLength) {
    throw new CsvParseError(file, 1, 1, `the file has ${text.length} characters; at most ${formatBytes(LIMITS.textLength)} are read.`, "textLength");
  }
}

/**
 * Parse CSV text into non-empty records; a syntax error becomes a CsvParseError with its location.
 * Refuses, naming the limit, a text over LIMITS.textLength, more than LIMITS.rows records (parsing
 * stops right after the first record too many) and a record of more than LIMITS.columns fields.
 * Fields are trimmed, and a field written as `'=…` (a neutralised formula, see csvField) reads as `=…`.
 */
export function readRecords(text: string, file: string, separator: Separator = detectSeparator(text)): CsvRecord[] {
  checkTextLength(text, file);
  let raw: { record: string[]; info: { lines: number } }[];
  try {
    raw = parse(stripBom(text), {
      delimiter: separator, relax_column_count: true, info: true, skip_empty_lines: true,
      to: LIMITS.rows + 1, max_record_size: MAX_RECORD_CHARS,
    }) as unknown as typeof raw;
  } catch (error) {
    const e = error as { code?: string; lines?: number; column?: number; message?: string };
    if (e.code === "CSV_MAX_RECORD_SIZE") {
      throw new CsvParseError(file, e.lines ?? 1, 1, `a row is longer than ${MAX_RECORD_CHARS} characters (at most ${LIMITS.columns} fields of at most ${LIMITS.labelLength} characters are expected).`, "columns");
    }
    const detail = (e.message ?? String(error)).replace(/^[^:]*Error: /, "");
    throw new CsvParseError(file, e.lines ?? 1, (e.column ?? 0) + 1, `invalid CSV: ${detail}`);
  }
  if (raw.length > LIMITS.rows) {
    throw new CsvParseError(file, raw[LIMITS.rows].info.lines, 1, `the file has more than ${LIMITS.rows} rows; at most ${LIMITS.rows} are read.`, "rows");
  }
  return raw.map(({ record, info }) => {
    const breaks = record.reduce((s, f) => s + (f.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    if (record.length > LIMITS.columns) {
      throw new CsvParseError(file, line, LIMITS.columns + 1, `the row has ${record.length} fields; at most ${LIMITS.columns} are read (a team has at most ${LIMITS.members} members).`, "columns");
    }
    return { fields: record.map((f) => unneutralize(f.trim())), line };
  });
}

/**
 * A score in a cell: digits with `.` or `,` as decimal mark (a `,` inside a field can only come
 * from a quoted cell or a `;`/tab file), within [min, max]. Blank → null.
 */
export function parseScore(cell: string, where: { file: string; line: number; column: number }, min = 1, max = 5): number | null {
  if (cell === "") return null;
  if (!/^\d+(?:[.,]\d+)?$/.test(cell)) {
    throw new CsvParseError(where.file, where.line, where.column, `"${cell.length > 20 ? `${cell.slice(0, 20)}…` : cell}" is not a number (use digits with . or , as decimal mark, or leave the cell blank).`);
  }
  const value = Number(cell.replace(",", "."));
  if (value < min || value > max) {
    throw new CsvParseError(where.file, where.line, where.column, `${cell} is outside ${min}–${max}.`);
  }
  return value;
}

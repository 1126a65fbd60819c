// Shared CSV reading: BOM, separator detection, records with line numbers, numbers with . or , decimals.
import { parse } from "csv-parse/sync";
import { CsvParseError } from "./errors.ts";

export type Separator = "," | ";" | "\t";

export interface CsvRecord {
  /** Trimmed fields. */
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Separator of the first non-empty line: tab if it has one, else `;` if it has one, else `,`. */
export function detectSeparator(text: string): Separator {
  const first = unquoted(stripBom(text).split(/\r?\n/).find((l) => l.trim() !== "") ?? "");
  if (first.includes("\t")) return "\t";
  if (first.includes(";")) return ";";
  return ",";
}

/** The line with every double-quoted field's content removed, so quoted separators do not count. */
function unquoted(line: string): string {
  return line.replace(/"(?:[^"]|"")*"?/g, '""');
}

/** Parse CSV text into non-empty records; a syntax error becomes a CsvParseError with its location. */
export function readRecords(text: string, file: string, separator: Separator = detectSeparator(text)): CsvRecord[] {
  let raw: { record: string[]; info: { lines: number } }[];
  try {
    raw = parse(stripBom(text), { delimiter: separator, relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof raw;
  } catch (error) {
    const e = error as { lines?: number; column?: number; message?: string };
    const detail = (e.message ?? String(error)).replace(/^[^:]*Error: /, "");
    throw new CsvParseError(file, e.lines ?? 1, (e.column ?? 0) + 1, `invalid CSV: ${detail}`);
  }
  return raw.map(({ record, info }) => {
    const breaks = record.reduce((s, f) => s + (f.match(/\n/g)?.length ?? 0), 0);
    return { fields: record.map((f) => f.trim()), line: info.lines - breaks };
  });
}

/**
 * A score in a cell: digits with `.` or `,` as decimal mark (a `,` inside a field can only come
 * from a quoted cell or a `;`/tab file), within [min, max]. Blank → null.
 */
export function parseScore(cell: string, where: { file: string; line: number; column: number }, min = 1, max = 5): number | null {
  if (cell === "") return null;
  if (!/^\d+(?:[.,]\d+)?$/.test(cell)) {
    throw new CsvParseError(where.file, where.line, where.column, `"${cell}" is not a number (use digits with . or , as decimal mark, or leave the cell blank).`);
  }
  const value = Number(cell.replace(",", "."));
  if (value < min || value > max) {
    throw new CsvParseError(where.file, where.line, where.column, `${cell} is outside ${min}–${max}.`);
  }
  return value;
}

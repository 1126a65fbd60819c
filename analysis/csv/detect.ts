// Format detection: a long CSV has the long header; anything else is read as a matrix CSV.
import { parseLongCsv, LONG_COLUMNS, type LongCsvGroup } from "./long.ts";
import { parseMatrixCsv, type MatrixCsv } from "./matrix.ts";
import { detectSeparator, readRecords } from "./read.ts";

export type CsvFormat = "matrix" | "long";

export type ParsedCsv = { format: "matrix"; matrix: MatrixCsv } | { format: "long"; groups: LongCsvGroup[] };

/** "long" when the header names the long columns (case, round, rater_id, …), otherwise "matrix". */
export function detectCsvFormat(text: string): CsvFormat {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  let names: string[];
  try {
    names = readRecords(firstLine, "header", detectSeparator(firstLine))[0]?.fields.map((f) => f.toLowerCase()) ?? [];
  } catch {
    // A header that is not valid CSV on its own: the full parse reports it with the real file name and line.
    return "matrix";
  }
  return LONG_COLUMNS.filter((c) => names.includes(c)).length >= 3 ? "long" : "matrix";
}

/** Detect the format and parse. Errors are CsvParseError with file, line and column. */
export function parseCsv(text: string, fileName: string): ParsedCsv {
  return detectCsvFormat(text) === "long"
    ? { format: "long", groups: parseLongCsv(text, fileName) }
    : { format: "matrix", matrix: parseMatrixCsv(text, fileName) };
}

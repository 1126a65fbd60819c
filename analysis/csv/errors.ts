// The one error type of the CSV parsers: a user error in a file, with 1-based line and column.
import type { LimitName } from "../limits.ts";

/** A malformed CSV file. `column` is the 1-based field number (as a spreadsheet shows it). */
export class CsvParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The message without the location prefix. */
  readonly detail: string;
  /** Set when the file is refused for exceeding a size limit of `LIMITS` (too large rather than malformed). */
  readonly limit?: LimitName;

  constructor(file: string, line: number, column: number, detail: string, limit?: LimitName) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = "CsvParseError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
    if (limit !== undefined) this.limit = limit;
  }
}

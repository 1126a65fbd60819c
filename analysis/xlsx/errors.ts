// The error type of the XLSX reader: a user error in a workbook, with sheet, 1-based row and column.
import type { LimitName } from "../limits.ts";

/** A workbook that cannot be read as a matrix or long table. */
export class XlsxParseError extends Error {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** The message without the location prefix. */
  readonly detail: string;
  /** Set when the workbook is refused for exceeding a size limit of `LIMITS` (too large rather than malformed). */
  readonly limit?: LimitName;

  constructor(file: string, sheet: string, row: number, column: number, detail: string, limit?: LimitName) {
    super(`${file} [${sheet}] row ${row}, column ${column}: ${detail}`);
    this.name = "XlsxParseError";
    this.file = file;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.detail = detail;
    if (limit !== undefined) this.limit = limit;
  }
}

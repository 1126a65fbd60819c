// The error type of the XLSX reader: a user error in a workbook, with sheet, 1-based row and column.

/** A workbook that cannot be read as a matrix or long table. */
export class XlsxParseError extends Error {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** The message without the location prefix. */
  readonly detail: string;

  constructor(file: string, sheet: string, row: number, column: number, detail: string) {
    super(`${file} [${sheet}] row ${row}, column ${column}: ${detail}`);
    this.name = "XlsxParseError";
    this.file = file;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.detail = detail;
  }
}

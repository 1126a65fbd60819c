// XLSX import: the matrix and long shapes of the CSV formats, read from a worksheet with exceljs.
import { CsvParseError } from "../csv/errors.ts";
import { parseCsv, type ParsedCsv } from "../csv/detect.ts";
import { XlsxParseError } from "./errors.ts";
import { readXlsxTable } from "./read.ts";

export { XlsxParseError } from "./errors.ts";
export { readXlsxTable, type XlsxTable } from "./read.ts";

/**
 * Parses a workbook's matrix or long table (same rules as the CSV formats).
 *
 * @throws XlsxParseError with sheet, row and column for every problem.
 */
export async function parseXlsx(bytes: Uint8Array, fileName: string): Promise<ParsedCsv & { sheet: string }> {
  const table = await readXlsxTable(bytes, fileName);
  try {
    return { ...parseCsv(table.csv, fileName), sheet: table.sheet };
  } catch (error) {
    if (error instanceof CsvParseError) throw new XlsxParseError(fileName, table.sheet, error.line, error.column, error.detail);
    throw error;
  }
}

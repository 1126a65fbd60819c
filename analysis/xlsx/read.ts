// Reads the table of one worksheet (exceljs) as CSV text whose line and field numbers are the sheet's rows and columns.
import ExcelJS from "exceljs";
import { csvField } from "../csv/field.ts";
import { XlsxParseError } from "./errors.ts";

/** Sheet names Laget's own exports use for the matrix; preferred over the first sheet. */
const MATRIX_SHEETS = ["Matrise", "Matrix"];

export interface XlsxTable {
  /** The worksheet read. */
  sheet: string;
  /**
   * The sheet as comma-separated CSV: line n is row n, field k is column k (empty rows are empty
   * lines), so CSV parser locations are sheet locations.
   */
  csv: string;
}

/** A cell's value as text: numbers in full precision with `.`, formulas by their cached result, rich text joined. */
function cellText(value: ExcelJS.CellValue, where: () => XlsxParseError): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue, where);
  if ("text" in value) return String(value.text);
  if ("error" in value) throw where();
  return "";
}

/**
 * Loads a workbook and returns its matrix sheet ("Matrise"/"Matrix" when present, else the first
 * worksheet) as CSV text for the CSV parsers.
 *
 * @throws XlsxParseError when the bytes are not a workbook, it has no worksheet, or a cell holds an error value.
 */
export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<XlsxTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new XlsxParseError(fileName, "", 1, 1, "the file is not a readable .xlsx workbook.");
  }
  const ws = MATRIX_SHEETS.map((n) => wb.getWorksheet(n)).find(Boolean) ?? wb.worksheets[0];
  if (!ws) throw new XlsxParseError(fileName, "", 1, 1, "the workbook has no worksheet.");
  const lines: string[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const fields: string[] = [];
    for (let c = 1; c <= width; c++) {
      const error = () => new XlsxParseError(fileName, ws.name, r, c, "the cell holds an error value.");
      fields.push(cellText(row.getCell(c).value, error).replace(/\r?\n/g, " "));
    }
    // Every row as wide as the sheet (a blank last cell is a value), a blank row as an empty line.
    lines.push(fields.every((f) => f.trim() === "") ? "" : fields.map(csvField).join(","));
  }
  return { sheet: ws.name, csv: lines.join("\n") + "\n" };
}

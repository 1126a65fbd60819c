// Reads the table of one worksheet as CSV text whose line and field numbers are the sheet's rows and columns.
import { csvField } from "../csv/field.ts";
import { XlsxParseError } from "./errors.ts";
import { readSharedStrings, readSheets, workbookPath } from "./parts.ts";
import { readSheetRows } from "./sheet.ts";
import { openWorkbookZip } from "./zip.ts";

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

/**
 * Reads a workbook's matrix sheet ("Matrise"/"Matrix" when present, else the first worksheet) as CSV
 * text for the CSV parsers. The zip is read under the limits of analysis/limits.ts: sizes are checked
 * before and while inflating, and only the cells present in the sheet are visited. Numbers keep full
 * precision with `.`, formulas give their cached result, rich text is joined.
 *
 * @throws XlsxParseError when the bytes are not a workbook, it has no worksheet, a cell holds an error
 * value, or a limit is exceeded (then `limit` names it).
 */
export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<XlsxTable> {
  const zip = await openWorkbookZip(bytes, fileName);
  const workbook = await workbookPath(zip, fileName);
  const sheets = await readSheets(zip, workbook, fileName);
  const ws = MATRIX_SHEETS.map((n) => sheets.find((s) => s.name === n)).find(Boolean) ?? sheets[0];
  if (!ws) throw new XlsxParseError(fileName, "", 1, 1, "the workbook has no worksheet.");
  const shared = await readSharedStrings(zip, workbook, fileName);
  const rows = await readSheetRows(zip, ws.path, fileName, ws.name, shared);
  // Every row as wide as the widest (a blank last cell is a value), a row without values as an empty line.
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const lines: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    lines.push(cells ? Array.from({ length: width }, (_, c) => csvField(cells[c] ?? "")).join(",") : "");
  }
  return { sheet: ws.name, csv: lines.join("\n") + "\n" };
}

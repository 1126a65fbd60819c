// The cells of one worksheet, streamed: only cells present in the XML are visited, positions checked as they arrive.
import { LIMITS, formatBytes } from "../limits.ts";
import { XlsxParseError } from "./errors.ts";
import { attribute, parsePart } from "./xml.ts";
import type { WorkbookZip } from "./zip.ts";

/** Column number of a cell reference's letters ("A" = 1, "XFD" = 16384); NaN when there are none. */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return letters === "" ? NaN : n;
}

/** The cell text by type: numbers in shortest full precision, booleans TRUE/FALSE, strings as written. */
function cellText(type: string, value: string, shared: (string | null)[], at: () => XlsxParseError): string | null {
  switch (type) {
    case "s": {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0 || index >= shared.length) throw at();
      return shared[index];
    }
    case "b":
      return value.trim() === "1" ? "TRUE" : value.trim() === "0" ? "FALSE" : value;
    case "n":
    case "": {
      const n = Number(value);
      return value.trim() !== "" && Number.isFinite(n) ? String(n) : value;
    }
    default:
      return value; // str (formula result), inlineStr, d (ISO date)
  }
}

/**
 * Reads the worksheet at `path` into rows of field texts: `rows[r - 1][c - 1]` is the text of the cell
 * in row r, column c (line breaks as spaces); missing cells are undefined. Refuses, naming the limit,
 * a row past LIMITS.rows, a column past LIMITS.columns (checked on each cell reference before anything
 * is stored, so `XFD1048576` costs nothing), a cell over LIMITS.cellLength characters and a table over
 * LIMITS.textLength characters in all.
 */
export async function readSheetRows(zip: WorkbookZip, path: string, file: string, sheet: string, shared: (string | null)[]): Promise<string[][]> {
  const rows: string[][] = [];
  let row = 0;
  let col = 0;
  let type = "";
  let value: string | null = null;
  let capture = false;
  let inline = false;
  let phonetic = 0;
  let total = 0;
  /** A location to report: a row or column number as read, or 1 where it is not a usable number. */
  const place = (n: number) => (Number.isSafeInteger(n) && n >= 1 ? n : 1);
  const fail = (detail: string, limit?: keyof typeof LIMITS) => new XlsxParseError(file, sheet, place(row), place(col), detail, limit);
  const checkRow = (r: number) => {
    if (!Number.isInteger(r) || r < 1) throw fail("a row has an invalid number.");
    if (r > LIMITS.rows) throw new XlsxParseError(file, sheet, place(r), place(col), `the sheet has rows past row ${LIMITS.rows}; at most ${LIMITS.rows} rows are read.`, "rows");
  };
  const found = await parsePart(zip, path, file, sheet, {
    open(name, attrs) {
      if (name === "row") {
        row = attrs.r === undefined ? row + 1 : Number(attrs.r);
        col = 0;
        checkRow(row);
      } else if (name === "c") {
        const ref = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(attrs.r ?? "");
        if (attrs.r !== undefined && !ref) throw fail(`the cell reference "${attrs.r.slice(0, 12)}" is not valid.`);
        const r = ref ? Number(ref[2]) : Math.max(row, 1);
        col = ref ? columnOf(ref[1].toUpperCase()) : col + 1;
        if (r !== row) checkRow((row = r));
        if (col > LIMITS.columns) throw fail(`the sheet has a cell in column ${col}; at most ${LIMITS.columns} columns are read.`, "columns");
        type = attribute(attrs, "t") ?? "";
        value = null;
        capture = false;
      } else if (name === "v" || (name === "t" && inline && phonetic === 0)) {
        value ??= "";
        capture = true;
      } else if (name === "is") inline = true;
      else if (name === "rPh") phonetic++;
    },
    text(text) {
      // Only the text of <v> and of inline <t> runs is the value (not formulas, not phonetic runs).
      if (!capture || value === null) return;
      value += text;
      if (value.length > LIMITS.cellLength) throw fail(`the cell holds more than ${LIMITS.cellLength} characters.`, "cellLength");
    },
    close(name) {
      if (name === "is") inline = false;
      else if (name === "rPh") phonetic--;
      else if (name === "t" || name === "v") capture = false;
      else if (name === "c") {
        if (value === null) return; // a styled cell without a value
        if (type === "e") throw fail("the cell holds an error value.");
        const text = cellText(type, value, shared, () => fail("the cell refers to a shared string the workbook does not have."));
        if (text === null) throw fail(`the cell holds more than ${LIMITS.cellLength} characters.`, "cellLength");
        const clean = text.replace(/\r?\n/g, " ");
        if (clean.trim() === "") return;
        total += clean.length + col;
        if (total > LIMITS.textLength) throw fail(`the sheet holds more than ${formatBytes(LIMITS.textLength)} of text.`, "textLength");
        (rows[row - 1] ??= [])[col - 1] = clean;
        value = null;
      }
    },
  });
  if (!found) throw new XlsxParseError(file, sheet, 1, 1, `the worksheet part ${path} is missing.`);
  return rows;
}

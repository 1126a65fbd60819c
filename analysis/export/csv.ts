// `csv` and `csv-nb` exports: the matrix CSV in the seed's shape, plain or for Excel with Norwegian settings.
import { writeMatrixCsv, type WriteMatrixOptions } from "../csv/write-matrix.ts";
import type { AnalysisResult } from "../types.ts";
import { toDenseMatrix } from "./matrix.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Rows rate columns; first cell `rater\rated`, then the node display names; an empty cell is missing. */
function matrixCsv(result: AnalysisResult, options: WriteMatrixOptions): string {
  const m = toDenseMatrix(result);
  return writeMatrixCsv({ labels: m.names, rows: m.scores }, options);
}

/**
 * Matrix CSV (docs/design.md "Formats", RFC 4180 quoting): comma, dot decimals, LF, UTF-8 without BOM,
 * full precision. It carries no metadata lines: a comment row would break `read.csv(row.names = 1)`,
 * pandas and Laget's own matrix reader. Provenance travels in the suggested file name
 * (`exportFileName`) and in `csv-long`'s columns. Labels that would start a formula are neutralised.
 */
export function exportCsv(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const body = matrixCsv(result, { separator: ",", decimal: ".", eol: "\n", bom: false });
  return { body, mime: "text/csv; charset=utf-8", extension: "csv" };
}

/**
 * Same shape as `csv`, written the way Excel with nb-NO regional settings expects it: `;` list
 * separator, `,` decimal separator, a UTF-8 byte-order mark so æ ø å are not read as Windows-1252,
 * CRLF line endings. No metadata rows, for the same reason as `csv`; file names end in `_nb.csv`.
 */
export function exportCsvNb(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const body = matrixCsv(result, { separator: ";", decimal: ",", eol: "\r\n", bom: true });
  return { body, mime: "text/csv; charset=utf-8", extension: "csv", variant: "nb" };
}

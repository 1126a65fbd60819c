// `csv` export: the matrix CSV in the seed's shape (comma, dot decimals, LF, UTF-8 without BOM).
import type { AnalysisResult } from "../types.ts";
import { writeMatrixCsv } from "./matrix-csv.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/**
 * Matrix CSV (docs/design.md "Formats", RFC 4180 quoting). It carries no metadata lines: a comment row
 * would break `read.csv(row.names = 1)`, pandas and Laget's own matrix reader. Provenance travels in
 * the suggested file name (`exportFileName`) and in `csv-long`'s columns.
 */
export function exportCsv(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const body = writeMatrixCsv(result, { separator: ",", decimal: ".", eol: "\n", bom: false });
  return { body, mime: "text/csv; charset=utf-8", extension: "csv" };
}

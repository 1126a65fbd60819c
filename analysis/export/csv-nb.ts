// `csv-nb` export: the matrix CSV for Excel with Norwegian settings (`;`, decimal comma, UTF-8 BOM, CRLF).
import type { AnalysisResult } from "../types.ts";
import { writeMatrixCsv } from "./matrix-csv.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/**
 * Same shape as `csv`, written the way Excel with nb-NO regional settings expects it: `;` list
 * separator, `,` decimal separator, a UTF-8 byte-order mark so æ ø å are not read as Windows-1252,
 * CRLF line endings. No metadata rows, for the same reason as `csv`.
 */
export function exportCsvNb(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const body = writeMatrixCsv(result, { separator: ";", decimal: ",", eol: "\r\n", bom: true });
  return { body, mime: "text/csv; charset=utf-8", extension: "csv" };
}

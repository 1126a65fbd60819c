// Export entry point: one function per format behind `exportResult(format, result, meta)`.
import type { AnalysisResult } from "../types.ts";
import { exportCsv, exportCsvNb } from "./csv.ts";
import { exportCsvLong } from "./csv-long.ts";
import { exportDl } from "./dl.ts";
import { exportGexf } from "./gexf.ts";
import { exportGraphml } from "./graphml.ts";
import { exportJson } from "./json.ts";
import { checkMeta } from "./meta.ts";
import { exportPajek } from "./pajek.ts";
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportMeta } from "./types.ts";
import { exportXlsx } from "./xlsx.ts";

export { EXPORT_FORMATS, ExportMeta, type ExportFile, type ExportFormat } from "./types.ts";

const WRITERS: Record<ExportFormat, (r: AnalysisResult, m: ExportMeta) => ExportFile | Promise<ExportFile>> = {
  csv: exportCsv, "csv-long": exportCsvLong, "csv-nb": exportCsvNb, xlsx: exportXlsx,
  graphml: exportGraphml, gexf: exportGexf, dl: exportDl, pajek: exportPajek, json: exportJson,
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Writes `result` in `format` (docs/design.md "Formats"). Async because XLSX is zipped by exceljs.
 * Throws `exportResult: …` for an unknown format, invalid meta, or a meta threshold that differs
 * from the result's.
 */
export async function exportResult(format: string, result: AnalysisResult, meta: ExportMeta): Promise<ExportFile> {
  if (!isExportFormat(format)) {
    throw new Error(`exportResult: unknown format "${format}" (one of ${EXPORT_FORMATS.join(", ")})`);
  }
  return WRITERS[format](result, checkMeta("exportResult", meta, result));
}

/**
 * Suggested file name carrying the provenance, e.g. `laget_sak-12_host-2025_rc7-1.0.0_all_t3.5.csv`;
 * formats sharing an extension differ by their variant (`…_t3.5_nb.csv`, `…_t3.5_long.csv`).
 */
export function exportFileName(meta: ExportMeta, file: Pick<ExportFile, "extension" | "variant">): string {
  const parts = [
    "laget", meta.case?.code, meta.round.name ?? meta.round.id,
    `${meta.instrument.id}-${meta.instrument.version}`, meta.dimension, `t${meta.threshold}`, file.variant,
  ];
  const safe = parts.filter((p): p is string => !!p).map((p) => p.replace(/[^\p{L}\p{N}.-]+/gu, "-"));
  return `${safe.join("_")}.${file.extension}`;
}

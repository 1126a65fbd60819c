// `json` export: the analysis JSON of docs/design.md with a leading `meta` object for provenance.
import type { AnalysisResult } from "../types.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/**
 * Analysis JSON (docs/design.md "Analysis JSON", RFC 8259): `{ meta, threshold, nodes, edges, weakLinks,
 * asymmetries, summary }`, full precision, two-space indented, UTF-8 (æ ø å written as is).
 */
export function exportJson(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const body = JSON.stringify({ meta, ...result }, null, 2) + "\n";
  return { body, mime: "application/json; charset=utf-8", extension: "json" };
}

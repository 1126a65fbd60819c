// `dl` export: UCINET DL full matrix with embedded labels; missing cells written as the code 0.
import type { AnalysisResult } from "../types.ts";
import { toDenseMatrix } from "./matrix.ts";
import { formatNumber } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Code written for a missing score (and the diagonal). Scores are 1–5, so 0 never is a real value. */
export const DL_MISSING = 0;

/** A DL label: quoted when it holds a separator (space, comma, `=`) or a quote (replaced by `'`). */
export function dlLabel(name: string): string {
  const clean = name.replace(/"/g, "'");
  return /[\s,=]/.test(clean) || clean === "" ? `"${clean}"` : clean;
}

/**
 * UCINET DL (UCINET 6 help, "DL language"; Gephi's DL importer): `dl n=N`, `format = fullmatrix`,
 * `labels embedded:`, `data:`, a column-label line and one row per rater with its label first.
 * Rows rate columns. Missing is 0 (the code for "no tie" in UCINET and Gephi): recode 0 to missing in
 * UCINET before averaging. DL has no comment syntax, so provenance travels in the file name
 * (`exportFileName`). UCINET shortens labels to 18 characters and upper-cases them on import.
 */
export function exportDl(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const m = toDenseMatrix(result);
  const labels = m.names.map(dlLabel);
  const lines = [
    `dl n=${m.nodes.length}`,
    `format = fullmatrix`,
    `labels embedded:`,
    `data:`,
    labels.join(" "),
    ...m.scores.map((row, i) => [labels[i], ...row.map((v) => formatNumber(v ?? DL_MISSING))].join(" ")),
  ];
  return { body: lines.join("\n") + "\n", mime: "text/plain; charset=utf-8", extension: "dl" };
}

// `xlsx` export of a whole case: one matrix sheet per round (weak cells filled) and an "Om" sheet with each round's provenance.
import type { AnalysisResult } from "../types.ts";
import { metaEntries } from "./meta.ts";
import { cellText } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";
import { addMatrixSheet, addRow, newWorkbook, workbookFile } from "./xlsx.ts";

/** One analysed round of the case with its provenance. */
export interface CaseRoundExport {
  result: AnalysisResult;
  meta: ExportMeta;
}

/** Excel sheet name rules: ≤ 31 characters, none of : \ / ? * [ ], unique (case-insensitive); "Om" is reserved. */
export function sheetNames(names: string[]): string[] {
  const used = new Set(["om"]);
  return names.map((raw, i) => {
    const base = (cellText(raw).replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim() || `Runde ${i + 1}`).slice(0, 28);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 27 - String(k).length)} (${k})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * One workbook for all rounds of a case: a matrix sheet per round (named after the round) and an
 * "Om" sheet with one row per round: sheet, the metadata keys of every export, then the summary.
 */
export async function exportCaseXlsx(rounds: CaseRoundExport[], generatedAt: string): Promise<ExportFile> {
  const wb = newWorkbook(generatedAt);
  const names = sheetNames(rounds.map((r) => r.meta.round.name ?? r.meta.round.id ?? ""));
  rounds.forEach((r, i) => addMatrixSheet(wb, names[i], r.result));
  const about = wb.addWorksheet("Om");
  const summaryKeys = ["nodes", "raters", "responseRate", "meanScore", "weakShare", "reciprocity", "alpha"] as const;
  addRow(about, ["sheet", ...(rounds[0] ? metaEntries(rounds[0].meta).map(([k]) => k) : ["generated_at"]), ...summaryKeys.map((k) => `summary.${k}`)]);
  rounds.forEach((r, i) => addRow(about, [names[i], ...metaEntries(r.meta).map(([, v]) => v), ...summaryKeys.map((k) => r.result.summary[k])]));
  if (rounds.length === 0) addRow(about, ["", generatedAt]);
  about.getRow(1).font = { bold: true };
  return workbookFile(wb);
}

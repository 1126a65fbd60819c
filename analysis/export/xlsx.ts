// `xlsx` export (Office Open XML via exceljs): matrix with weak cells filled, weak links, node metrics, "Om".
import ExcelJS from "exceljs";
import type { AnalysisResult } from "../types.ts";
import { roleOf, toDenseMatrix } from "./matrix.ts";
import { metaEntries } from "./meta.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Sheet names, Norwegian as the workbook's readers are. */
export const SHEETS = { matrix: "Matrise", weak: "Svake lenker", nodes: "Noder", about: "Om" } as const;
/** ARGB fill of weak cells (light red); moderate and strong cells are left unfilled. */
export const WEAK_FILL = "FFF4B6B6";

const NODE_COLUMNS = ["id", "role", "label", "responded", "outMean", "inMean", "weakOut", "weakIn", "betweenness"] as const;

function boldHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", xSplit: sheet.name === SHEETS.matrix ? 1 : 0, ySplit: 1 }];
}

function addMatrix(wb: ExcelJS.Workbook, result: AnalysisResult): void {
  const m = toDenseMatrix(result);
  const sheet = wb.addWorksheet(SHEETS.matrix);
  sheet.addRow(["rater\\rated", ...m.names]);
  m.scores.forEach((row, i) => {
    const r = sheet.addRow([m.names[i], ...row.map((v) => v ?? null)]);
    row.forEach((v, j) => {
      const cell = r.getCell(j + 2);
      if (v !== null) cell.numFmt = "0.00";
      if (m.weak[i][j]) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: WEAK_FILL } };
    });
  });
  sheet.getColumn(1).font = { bold: true };
  boldHeader(sheet);
}

function addTable(wb: ExcelJS.Workbook, name: string, header: string[], rows: unknown[][]): void {
  const sheet = wb.addWorksheet(name);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  boldHeader(sheet);
}

/**
 * XLSX workbook (ECMA-376). Cells hold full-precision numbers (shown with two decimals); missing is
 * an empty cell. The "Om" sheet lists the metadata keys shared by every export, then the case summary.
 */
export async function exportXlsx(result: AnalysisResult, meta: ExportMeta): Promise<ExportFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Laget";
  wb.created = new Date(meta.generatedAt);
  addMatrix(wb, result);
  const role = roleOf(result);
  addTable(wb, SHEETS.weak, ["source", "source_role", "target", "target_role", "score"],
    result.weakLinks.map((w) => [w.source, role(w.source), w.target, role(w.target), w.score]));
  addTable(wb, SHEETS.nodes, [...NODE_COLUMNS], result.nodes.map((n) => NODE_COLUMNS.map((k) => n[k])));
  const summary = Object.entries(result.summary).map(([k, v]) => [`summary.${k}`, v]);
  addTable(wb, SHEETS.about, ["key", "value"], [...metaEntries(meta), ...summary]);
  const buffer = await wb.xlsx.writeBuffer();
  return {
    body: new Uint8Array(buffer as ArrayBuffer),
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  };
}

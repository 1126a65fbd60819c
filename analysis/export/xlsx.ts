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

/** Bold header row, frozen; `xSplit` 1 also freezes the first (name) column. */
function freezeHeader(sheet: ExcelJS.Worksheet, xSplit = 0): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", xSplit, ySplit: 1 }];
}

/** A rater × rated matrix sheet: full-precision scores shown with two decimals, weak cells filled, names bold and frozen. */
export function addMatrixSheet(wb: ExcelJS.Workbook, name: string, result: AnalysisResult): void {
  const m = toDenseMatrix(result);
  const sheet = wb.addWorksheet(name);
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
  freezeHeader(sheet, 1);
}

/** A new workbook credited to Laget, created at `generatedAt`. */
export function newWorkbook(generatedAt: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Laget";
  wb.created = new Date(generatedAt);
  return wb;
}

/** The workbook's bytes as an export file. */
export async function workbookFile(wb: ExcelJS.Workbook): Promise<ExportFile> {
  const buffer = await wb.xlsx.writeBuffer();
  return {
    body: new Uint8Array(buffer as ArrayBuffer),
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  };
}

function addTable(wb: ExcelJS.Workbook, name: string, header: string[], rows: unknown[][]): void {
  const sheet = wb.addWorksheet(name);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  freezeHeader(sheet);
}

/**
 * XLSX workbook (ECMA-376). Cells hold full-precision numbers (shown with two decimals); missing is
 * an empty cell. The "Om" sheet lists the metadata keys shared by every export, then the case summary.
 */
export async function exportXlsx(result: AnalysisResult, meta: ExportMeta): Promise<ExportFile> {
  const wb = newWorkbook(meta.generatedAt);
  addMatrixSheet(wb, SHEETS.matrix, result);
  const role = roleOf(result);
  addTable(wb, SHEETS.weak, ["source", "source_role", "target", "target_role", "score"],
    result.weakLinks.map((w) => [w.source, role(w.source), w.target, role(w.target), w.score]));
  addTable(wb, SHEETS.nodes, [...NODE_COLUMNS], result.nodes.map((n) => NODE_COLUMNS.map((k) => n[k])));
  const summary = Object.entries(result.summary).map(([k, v]) => [`summary.${k}`, v]);
  addTable(wb, SHEETS.about, ["key", "value"], [...metaEntries(meta), ...summary]);
  return workbookFile(wb);
}

// `xlsx` export (Office Open XML via exceljs): matrix with weak cells filled, weak links, node metrics, "Om".
import ExcelJS from "exceljs";
import type { AnalysisResult } from "../types.ts";
import { findRole } from "../../domain/roles.ts";
import { distinctNames, roleOf, toDenseMatrix, uniqueNames } from "./matrix.ts";
import { cellText } from "./text.ts";
import { metaEntries } from "./meta.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Sheet names, Norwegian as the workbook's readers are. */
export const SHEETS = { matrix: "Matrise", weak: "Svake lenker", nodes: "Noder", about: "Om" } as const;
/** ARGB fill of weak cells (light red); moderate and strong cells are left unfilled. */
export const WEAK_FILL = "FFF4B6B6";

/** Columns of the «Noder» sheet: header (bokmål, as the sheet names) and the node field it shows. */
export const NODE_COLUMNS = [
  ["Navn", "name"], ["Rolle", "role"], ["Svarte", "responded"], ["Snitt gitt", "outMean"], ["Snitt mottatt", "inMean"],
  ["Svake ut", "weakOut"], ["Svake inn", "weakIn"], ["Mellomhet", "betweenness"],
] as const;
/** Header of the «Svake lenker» sheet. */
export const WEAK_COLUMNS = ["Fra", "Fra rolle", "Til", "Til rolle", "Skår"] as const;

/** The role's bokmål name from the catalogue, else the role code as written. */
export const roleName = (role: string): string => findRole(role)?.name.nb ?? role;

/** Bold header row, frozen; `xSplit` 1 also freezes the first (name) column. */
function freezeHeader(sheet: ExcelJS.Worksheet, xSplit = 0): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", xSplit, ySplit: 1 }];
}

/** Node names as cells show them: one line, valid XML, still distinct. */
export const sheetNodeNames = (result: AnalysisResult): string[] => distinctNames(uniqueNames(result.nodes), cellText);

/** Adds a row; every text value goes through cellText, so no value can break the XML or the row. */
export function addRow(sheet: ExcelJS.Worksheet, values: unknown[]): ExcelJS.Row {
  return sheet.addRow(values.map((v) => (typeof v === "string" ? cellText(v) : v)));
}

/** A rater × rated matrix sheet: full-precision scores shown with two decimals, weak cells filled, names bold and frozen. */
export function addMatrixSheet(wb: ExcelJS.Workbook, name: string, result: AnalysisResult): void {
  const m = toDenseMatrix(result);
  const names = sheetNodeNames(result);
  const sheet = wb.addWorksheet(name);
  addRow(sheet, ["rater\\rated", ...names]);
  m.scores.forEach((row, i) => {
    const r = addRow(sheet, [names[i], ...row.map((v) => v ?? null)]);
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
  addRow(sheet, header);
  for (const r of rows) addRow(sheet, r);
  freezeHeader(sheet);
}

/**
 * XLSX workbook (ECMA-376). Cells hold full-precision numbers (shown with two decimals); missing is
 * an empty cell; text is always a string cell, never a formula. «Svake lenker» and «Noder» name
 * members as the matrix does and roles by their catalogue names, never by internal ids. The "Om"
 * sheet lists the metadata keys shared by every export, then the case summary.
 */
export async function exportXlsx(result: AnalysisResult, meta: ExportMeta): Promise<ExportFile> {
  const wb = newWorkbook(meta.generatedAt);
  addMatrixSheet(wb, SHEETS.matrix, result);
  const names = sheetNodeNames(result);
  const name = new Map(result.nodes.map((n, i) => [n.id, names[i]]));
  const role = roleOf(result);
  addTable(wb, SHEETS.weak, [...WEAK_COLUMNS],
    result.weakLinks.map((w) => [name.get(w.source), roleName(role(w.source)), name.get(w.target), roleName(role(w.target)), w.score]));
  const nodeRow = (n: AnalysisResult["nodes"][number], i: number) =>
    NODE_COLUMNS.map(([, k]) => (k === "name" ? names[i] : k === "role" ? roleName(n.role) : n[k]));
  addTable(wb, SHEETS.nodes, NODE_COLUMNS.map(([h]) => h), result.nodes.map(nodeRow));
  const summary = Object.entries(result.summary).map(([k, v]) => [`summary.${k}`, v]);
  addTable(wb, SHEETS.about, ["key", "value"], [...metaEntries(meta), ...summary]);
  return workbookFile(wb);
}

// Aggregate exports (csv, csv-nb, xlsx, json) of a view of the release: hidden cells are blank with a "suppressed" marker, never a value.
import ExcelJS from "exceljs";
import type { ExportFile } from "../../../analysis/export/index.ts";
import { csvText, formatNumber } from "../../../analysis/export/text.ts";
import type { AggregateMeta } from "./schemas.ts";

/** A cell of either aggregate kind, as the exports see it. */
type AnyCell = { rater: string; target: string; n: number | null; suppressed: boolean; asOf: string | null };
interface AnyMatrix { group: string | null; cases: number | null; cells: AnyCell[] }
/** What buildPairs / buildChange return. */
export interface AggregateView { meta: AggregateMeta; roles: string[]; total: AnyMatrix; breakdowns: { by: string; groups: AnyMatrix[] }[] }

const VALUE_KEYS = { "role-pairs": ["n", "mean", "median", "weakShare"], change: ["n", "meanDelta", "medianDelta"] } as const;
const COLUMN = (k: string) => k.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/** Column headings of the files meant for people (csv-nb, xlsx): bokmål words for the machine names of `csv`. */
const NORWEGIAN: Record<string, string> = {
  scope: "nivå", group: "gruppe", group_cases: "saker_i_gruppen", rater: "vurderer", target: "vurdert", n: "antall_saker",
  mean: "gjennomsnitt", median: "median", weak_share: "andel_å_styrke", mean_delta: "endring_gjennomsnitt",
  median_delta: "endring_median", suppressed: "skjult", as_of: "fra_publisering",
};
/** The Norwegian heading of a `csv` column (the machine name where none is given). */
const norwegian = (column: string) => NORWEGIAN[column] ?? column;

/** One row per cell: scope, group, cases, rater, target, values…, suppressed, as_of (release of the values). Hidden → values blank. */
function tableRows(view: AggregateView): { header: string[]; rows: (string | number | null)[][] } {
  const keys = VALUE_KEYS[view.meta.kind];
  const header = ["scope", "group", "group_cases", "rater", "target", ...keys.map(COLUMN), "suppressed", "as_of"];
  const rows: (string | number | null)[][] = [];
  const add = (scope: string, m: AnyMatrix) => {
    for (const c of m.cells) {
      const values = keys.map((k) => (c.suppressed ? null : ((c as unknown as Record<string, number | null>)[k])));
      rows.push([scope, m.group ?? "", m.cases, c.rater, c.target, ...values, c.suppressed ? "suppressed" : "", c.asOf ?? ""]);
    }
  };
  add("total", view.total);
  for (const b of view.breakdowns) for (const g of b.groups) add(b.by, g);
  return { header, rows };
}

/** Provenance pairs for the "Om" sheet. */
export function metaPairs(meta: AggregateMeta): [string, string][] {
  const f = meta.filters;
  return [
    ["kind", meta.kind], ["release", meta.release?.id ?? ""], ["published_at", meta.release?.publishedAt ?? ""], ["dimension", meta.dimension],
    ["threshold", String(meta.threshold)], ["min_cases", String(meta.minCases)],
    ["period", f.period ?? (f.from ? `${f.from} → ${f.to}` : "")], ["district", f.district ?? ""], ["by", f.by ?? ""], ["generator", "Laget"],
  ];
}

function csv(view: AggregateView, nb: boolean): ExportFile {
  const { header: names, rows } = tableRows(view);
  const header = nb ? names.map(norwegian) : names;
  const text = (v: string | number | null) => (v === null ? "" : typeof v === "number" ? formatNumber(v, nb ? "," : ".") : v);
  const body = csvText([header, ...rows.map((r) => r.map(text))], nb ? ";" : ",", nb ? "\r\n" : "\n");
  return { body: (nb ? "\uFEFF" : "") + body, mime: "text/csv; charset=utf-8", extension: "csv", ...(nb ? { variant: "nb" } : {}) };
}

async function xlsx(view: AggregateView): Promise<ExportFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Laget";
  const { header, rows } = tableRows(view);
  const sheet = wb.addWorksheet("Aggregat");
  sheet.addRow(header.map(norwegian));
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const about = wb.addWorksheet("Om");
  about.addRow(["key", "value"]);
  for (const p of metaPairs(view.meta)) about.addRow(p);
  about.getRow(1).font = { bold: true };
  const buffer = await wb.xlsx.writeBuffer();
  return { body: new Uint8Array(buffer as ArrayBuffer), mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" };
}

/** The aggregate in one format; JSON is the API answer itself. */
export async function exportAggregate(view: AggregateView, format: "csv" | "csv-nb" | "xlsx" | "json"): Promise<ExportFile> {
  if (format === "json") return { body: JSON.stringify(view, null, 2) + "\n", mime: "application/json; charset=utf-8", extension: "json" };
  if (format === "xlsx") return xlsx(view);
  return csv(view, format === "csv-nb");
}

/** e.g. `laget_aggregat_role-pairs_r3_t3.5_min5.csv`, and `…_min5_nb.csv` for csv-nb (`variant`). */
export function aggregateFileName(meta: AggregateMeta, extension: string, variant?: string): string {
  const parts = ["laget", "aggregat", meta.kind, meta.release?.id ?? "ingen", `t${meta.threshold}`, `min${meta.minCases}`, ...(variant ? [variant] : [])];
  return `${parts.map((p) => p.replace(/[^\p{L}\p{N}.+-]+/gu, "-")).join("_")}.${extension}`;
}

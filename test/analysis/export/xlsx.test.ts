// XLSX export re-read with exceljs: matrix values and weak fills, weak links, node metrics, "Om" sheet.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportResult } from "../../../analysis/export/index.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { SHEETS, WEAK_FILL } from "../../../analysis/export/xlsx.ts";
import { awkwardResult, metaFor, seedResult } from "./helpers.ts";

async function load(result: ReturnType<typeof awkwardResult>) {
  const file = await exportResult("xlsx", result, metaFor("Sak-Æ1"));
  expect(file.body).toBeInstanceOf(Uint8Array);
  expect(file.extension).toBe("xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
  return wb;
}

const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe.each([["awkward", awkwardResult()], ["seed 3", seedResult(3)]])("xlsx export of %s", (_n, result) => {
  it("has the four sheets in order", async () => {
    const wb = await load(result);
    expect(wb.worksheets.map((s) => s.name)).toEqual([SHEETS.matrix, SHEETS.weak, SHEETS.nodes, SHEETS.about]);
  });

  it("matrix sheet: labels with æøå, equal numbers, weak cells filled and only those", async () => {
    const sheet = (await load(result)).getWorksheet(SHEETS.matrix)!;
    const names = uniqueNames(result.nodes);
    expect(sheet.getRow(1).values).toEqual([undefined, "rater\\rated", ...names]);
    const id = new Map(result.nodes.map((n, i) => [n.id, i]));
    const weak = new Set(result.edges.filter((e) => e.weak).map((e) => `${id.get(e.source)},${id.get(e.target)}`));
    const scores = new Map(result.edges.map((e) => [`${id.get(e.source)},${id.get(e.target)}`, e.score]));
    names.forEach((name, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(name);
      names.forEach((_c, j) => {
        const cell = row.getCell(j + 2);
        expect(cell.value ?? null).toBe(scores.get(`${i},${j}`) ?? null);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        expect(fill?.fgColor?.argb === WEAK_FILL).toBe(weak.has(`${i},${j}`));
      });
    });
  });

  it("weak-links and node sheets hold the result's values", async () => {
    const wb = await load(result);
    const weak = values(wb.getWorksheet(SHEETS.weak)!);
    expect(weak[0]).toEqual(["source", "source_role", "target", "target_role", "score"]);
    expect(weak.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual(result.weakLinks.map((w) => [w.source, w.target, w.score]));
    const nodes = values(wb.getWorksheet(SHEETS.nodes)!);
    const header = nodes[0] as string[];
    nodes.slice(1).forEach((row, i) => {
      const n = result.nodes[i] as unknown as Record<string, unknown>;
      header.forEach((k, j) => expect(row[j] ?? null).toEqual(n[k]));
    });
  });

  it("Om sheet: instrument, version, round, threshold, date", async () => {
    const about = Object.fromEntries(values((await load(result)).getWorksheet(SHEETS.about)!).slice(1));
    expect(about).toMatchObject({
      instrument: "rc7", instrument_version: "1.0.0", round: "Høst 2025", round_id: "r1", case: "Sak-Æ1",
      district: "Østbyen", threshold: "3.5", dimension: "all", generated_at: "2025-10-01T12:00:00.000Z",
      "summary.responseRate": result.summary.responseRate,
    });
  });
});

// XLSX export re-read with exceljs: matrix values and weak fills, weak links, node metrics, "Om" sheet.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportResult } from "../../../analysis/export/index.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { SHEETS, WEAK_FILL } from "../../../analysis/export/xlsx.ts";
import { awkwardResult, metaFor, seedResult } from "./helpers.ts";

/** Role names of the catalogue as a reader of the workbook sees them (bokmål). */
const ROLE_NAMES: Record<string, string> = {
  ØBC: "Barnevern / annen tjeneste", FORÆ: "Foreldre / foresatte", SKLær: "Lærer", PPT: "PP-tjenesten", TALE: "Logoped",
  HEGE: "Helsesykepleier", PSYK: "Psykolog / psykisk helse", SR: "Skole / spesialpedagogisk ressurs", BHG: "Barnehage",
};

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

  it("weak-links and node sheets hold the result's values, by display name and role name", async () => {
    const wb = await load(result);
    const names = new Map(result.nodes.map((n, i) => [n.id, uniqueNames(result.nodes)[i]]));
    const roleName = (id: string) => ROLE_NAMES[result.nodes.find((n) => n.id === id)!.role] ?? result.nodes.find((n) => n.id === id)!.role;
    const weak = values(wb.getWorksheet(SHEETS.weak)!);
    expect(weak[0]).toEqual(["Fra", "Fra rolle", "Til", "Til rolle", "Skår"]);
    expect(weak.slice(1)).toEqual(result.weakLinks.map((w) => [names.get(w.source), roleName(w.source), names.get(w.target), roleName(w.target), w.score]));
    const nodes = values(wb.getWorksheet(SHEETS.nodes)!);
    expect(nodes[0]).toEqual(["Navn", "Rolle", "Svarte", "Snitt gitt", "Snitt mottatt", "Svake ut", "Svake inn", "Mellomhet"]);
    nodes.slice(1).forEach((row, i) => {
      const n = result.nodes[i];
      const expected = [names.get(n.id), roleName(n.id), n.responded, n.outMean, n.inMean, n.weakOut, n.weakIn, n.betweenness];
      expected.forEach((v, j) => expect(row[j] ?? null).toEqual(v));
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

describe("xlsx export of a member-level round", () => {
  it("names members and roles as people read them, never by internal ids (two nurses without labels are numbered)", async () => {
    const ids = ["bYX5CZHxtIls", "q0Wn3kLz9aPe", "Zt7uRkm2LxQa", "hG4sPq8nVc1B"];
    const base = awkwardResult();
    const nodes = [
      { ...base.nodes[0], id: ids[0], role: "HEGE", label: "HEGE" },
      { ...base.nodes[1], id: ids[1], role: "HEGE", label: "HEGE" },
      { ...base.nodes[2], id: ids[2], role: "PPT", label: "Kari" },
      { ...base.nodes[3], id: ids[3], role: "FORÆ", label: "FORÆ" },
    ];
    const edges = [
      { source: ids[0], target: ids[2], score: 2, n: 7, weak: true, band: "weak" as const },
      { source: ids[3], target: ids[1], score: 3.5, n: 7, weak: true, band: "weak" as const },
      { source: ids[2], target: ids[3], score: 4.5, n: 7, weak: false, band: "strong" as const },
    ];
    const result = { ...base, nodes, edges, weakLinks: edges.filter((e) => e.weak).map(({ source, target, score }) => ({ source, target, score })) };
    const wb = await load(result);
    const cells: unknown[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(c.value))));
    for (const id of ids) expect(cells.filter((v) => String(v).includes(id))).toEqual([]);
    expect(values(wb.getWorksheet(SHEETS.weak)!).slice(1)).toEqual([
      ["HEGE (1)", "Helsesykepleier", "Kari", "PP-tjenesten", 2],
      ["FORÆ", "Foreldre / foresatte", "HEGE (2)", "Helsesykepleier", 3.5],
    ]);
    expect(values(wb.getWorksheet(SHEETS.nodes)!).slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["HEGE (1)", "Helsesykepleier"], ["HEGE (2)", "Helsesykepleier"], ["Kari", "PP-tjenesten"], ["FORÆ", "Foreldre / foresatte"],
    ]);
  });
});

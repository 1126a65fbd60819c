// GET /api/rounds/:id/export and /api/cases/:id/export: files read back with independent readers, names with æøå.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMatrixCsv } from "../../../analysis/csv/index.ts";
import { exportFileName } from "../../../analysis/export/index.ts";
import { facilitatorApp, json, type Browser, type TestApp } from "../api/helpers.ts";
import { SEED3, longCsv, upload } from "../imports/helpers.ts";

const seedText = readFileSync(SEED3, "utf8");
let t: TestApp;
let fasi: Browser;
let caseId: string;
let roundId: string;
let longRoundId: string;

beforeAll(async () => {
  ({ t, fasi } = await facilitatorApp());
  const res = await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Sak Ærlig-Øy", district: "Heimdal" } });
  caseId = ((await json(res)).case as { id: string }).id;
  roundId = ((await json(await upload(t, fasi, caseId, "s.csv", seedText, "round=H%C3%B8st%202025"))).round as { id: string }).id;
  const long = longCsv(",", "X", "Vår 2026").replaceAll("Kari,HEGE", "Kari,FORÆ");
  longRoundId = ((await json(await upload(t, fasi, caseId, "l.csv", long))).round as { id: string }).id;
});

const get = (path: string, auth: Browser = fasi) => t.call("GET", path, { auth });
/** The UTF-8 file name from Content-Disposition's filename* (RFC 5987). */
const utf8Name = (res: Response) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "");

describe("round export", () => {
  it("csv: the matrix reads back equal to the imported file; RFC 5987 name with æøå and an ASCII fallback", async () => {
    const res = await get(`/api/rounds/${roundId}/export?format=csv&by=role`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const name = utf8Name(res);
    expect(name).toBe(exportFileName({ instrument: { id: "rc7", version: "2.0.0" }, round: { name: "Høst 2025" }, case: { code: "Sak Ærlig-Øy", district: "Heimdal" }, threshold: 3.5, dimension: "all", generatedAt: "" }, { extension: "csv" }));
    expect(name).toContain("Sak-Ærlig-Øy_Høst-2025_rc7-2.0.0_all_t3.5");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="laget_Sak-AErlig-Oy_Host-2025[^"]*\.csv"; filename\*=UTF-8''/);
    expect(res.headers.get("x-laget-instrument")).toBe("rc7@2.0.0");
    const back = parseMatrixCsv(await res.text(), "back.csv");
    const seed = parseMatrixCsv(seedText, SEED3);
    for (const [i, l] of seed.labels.entries()) {
      for (const [j, m] of seed.labels.entries()) expect(back.rows[back.labels.indexOf(l)][back.labels.indexOf(m)]).toBe(seed.rows[i][j]);
    }
  });

  it("xlsx: matrix sheet and Om sheet with instrument, version, threshold and round", async () => {
    const res = await get(`/api/rounds/${roundId}/export?format=xlsx&by=role&threshold=3`);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const om = Object.fromEntries((wb.getWorksheet("Om")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => [r[1], r[2]]));
    expect(om).toMatchObject({ instrument: "rc7", instrument_version: "2.0.0", threshold: "3", round: "Høst 2025", case: "Sak Ærlig-Øy" });
    expect(wb.getWorksheet("Matrise")!.getRow(1).getCell(2).value).toBe("HEGE");
  });

  it("graphml, json, csv-long, gexf, dl, pajek and csv-nb all answer with their file; meta in JSON", async () => {
    const graph = new XMLParser({ ignoreAttributes: false }).parse(await (await get(`/api/rounds/${roundId}/export?format=graphml`)).text());
    expect([graph.graphml.graph.edge].flat()).toHaveLength(16);
    const body = await json(await get(`/api/rounds/${longRoundId}/export?format=json&dimension=communication`));
    expect(body.meta).toMatchObject({ instrument: { id: "rc7", version: "2.0.0" }, round: { name: "Vår 2026" }, dimension: "communication", threshold: 3.5 });
    for (const f of ["csv-long", "gexf", "dl", "pajek", "csv-nb"]) expect((await get(`/api/rounds/${roundId}/export?format=${f}`)).status).toBe(200);
    expect((await get(`/api/rounds/${roundId}/export?format=docx`)).status).toBe(400);
  });

  it("a csv-long export imports back as pair scores (round trip)", async () => {
    const file = await (await get(`/api/rounds/${roundId}/export?format=csv-long&by=role`)).text();
    const other = ((await json(await t.call("POST", "/api/cases", { auth: fasi, body: { code: "Kopi", district: "Heimdal" } }))).case as { id: string }).id;
    const res = await upload(t, fasi, other, "back.csv", file);
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ format: "long", round: { name: "Høst 2025" }, counts: { pairScores: 16, newMembers: 5 } });
    const again = await (await get(`/api/rounds/${((await t.deps.store.listRounds(other))[0]).id}/export?format=csv&by=role`)).text();
    const original = parseMatrixCsv(await (await get(`/api/rounds/${roundId}/export?format=csv&by=role`)).text(), "o.csv");
    const copy = parseMatrixCsv(again, "c.csv");
    expect(copy.labels).toEqual(["HEGE", "ØBC", "PSYK", "SR", "FORÆ"]); // the original case also has a PPT member, who did not take part
    copy.labels.forEach((l, i) => copy.labels.forEach((m, j) => expect(copy.rows[i][j]).toBe(original.rows[original.labels.indexOf(l)][original.labels.indexOf(m)])));
  });
});

describe("case export and access", () => {
  it("xlsx: one matrix sheet per round and an Om row per round", async () => {
    const res = await get(`/api/cases/${caseId}/export?format=xlsx`);
    expect(res.status).toBe(200);
    expect(utf8Name(res)).toBe("laget_Sak-Ærlig-Øy_alle-runder_all.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Høst 2025", "Vår 2026", "Om"]);
    const om = wb.getWorksheet("Om")!;
    expect(om.getRow(1).values).toEqual(expect.arrayContaining(["sheet", "instrument", "instrument_version", "threshold", "round"]));
    expect(om.rowCount).toBe(3);
    const json = JSON.parse(await (await get(`/api/cases/${caseId}/export?format=json`)).text());
    expect(json.rounds.map((r: { meta: { round: { name: string } } }) => r.meta.round.name)).toEqual(["Høst 2025", "Vår 2026"]);
  });

  it("evaluators get 403 on single-case exports; facilitators of other districts 404", async () => {
    const evaluator = await t.login("eval@laget.test");
    expect((await get(`/api/rounds/${roundId}/export?format=csv`, evaluator)).status).toBe(403);
    expect((await get(`/api/cases/${caseId}/export`, evaluator)).status).toBe(403);
    const other = await t.login("other@laget.test");
    expect((await get(`/api/rounds/${roundId}/export?format=csv`, other)).status).toBe(404);
    expect((await get(`/api/cases/${caseId}/export`, other)).status).toBe(404);
  });
});

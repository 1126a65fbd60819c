// /api/aggregates, /change, /export and /api/settings: values computed independently, min-n suppression, scope.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addUsers, json, makeApp, type Browser, type TestApp } from "../api/helpers.ts";
import { addCase, mean } from "./fixture.ts";

type Cell = { rater: string; target: string; n: number | null; mean: number | null; median: number | null; weakShare: number | null; suppressed: boolean; reason: string | null };
type Matrix = { group: string | null; cases: number | null; cells: Cell[] };
type View = { meta: Record<string, unknown>; roles: string[]; total: Matrix; breakdowns: { by: string; groups: Matrix[] }[] };

const HEIMDAL = [4.25, 3.5, 2, 4.75, 5, 3.125];
const LERKENDAL = [1.2345, 4.321]; // mean 2.77775: must never appear while suppressed

const cell = (m: Matrix, rater = "PPT", target = "HEGE") => m.cells.find((c) => c.rater === rater && c.target === target)!;
const group = (v: View, by: string, g: string) => v.breakdowns.find((b) => b.by === by)!.groups.find((x) => x.group === g)!;

let t: TestApp;
let admin: Browser, evaluator: Browser, lerkendal: Browser;
beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  for (const [i, s] of HEIMDAL.entries()) await addCase(t.deps.store, `h${i}`, "Heimdal", i % 2 ? "Skole A" : "Skole B", i < 5 ? [["Høst 2025", s], ["Vår 2026", s - 0.5]] : [["Høst 2025", s]]);
  for (const [i, s] of LERKENDAL.entries()) await addCase(t.deps.store, `l${i}`, "Lerkendal", "Skole C", [["Høst 2025", s]]);
  [admin, evaluator, lerkendal] = await Promise.all(["admin", "eval", "other"].map((u) => t.login(`${u}@laget.test`)));
});

const view = async (path: string, auth: Browser) => {
  const res = await t.call("GET", path, { auth });
  expect(res.status).toBe(200);
  return (await res.json()) as View;
};

describe("role-pair aggregates", () => {
  it("an evaluator limited to Heimdal gets Heimdal's numbers (computed independently)", async () => {
    const v = await view("/api/aggregates?period=H%C3%B8st%202025", evaluator);
    expect(v.total.cases).toBe(6);
    const sorted = [...HEIMDAL].sort((a, b) => a - b);
    expect(cell(v.total)).toMatchObject({ n: 6, suppressed: false, median: (sorted[2] + sorted[3]) / 2, weakShare: 3 / 6 });
    expect(cell(v.total).mean).toBeCloseTo(mean(HEIMDAL), 12);
    expect(v.meta).toMatchObject({ instruments: ["rc7@1.0.0"], dimension: "all", threshold: 3.5, minCases: 5 });
  });

  it("suppresses small districts and their complement; no hidden value reaches the JSON", async () => {
    const res = await t.call("GET", "/api/aggregates?by=district&period=H%C3%B8st%202025", { auth: admin });
    const text = await res.text();
    const v = JSON.parse(text) as View;
    expect(cell(v.total)).toMatchObject({ n: 8, suppressed: false });
    expect(cell(group(v, "district", "Lerkendal"))).toEqual({ rater: "PPT", target: "HEGE", n: null, mean: null, median: null, weakShare: null, suppressed: true, reason: "min-n" });
    expect(cell(group(v, "district", "Heimdal"))).toMatchObject({ n: null, mean: null, suppressed: true, reason: "complementary" });
    expect(group(v, "district", "Lerkendal").cases).toBeNull();
    expect(text).not.toContain("2.77775");
    expect(text).not.toContain(String(mean(HEIMDAL)));
  });

  it("a facilitator sees only their districts: Lerkendal alone is below min n", async () => {
    const v = await view("/api/aggregates", lerkendal);
    expect(v.total.cases).toBeNull();
    expect(v.total.cells.every((c) => c.suppressed && c.mean === null)).toBe(true);
  });

  it("round-to-round change over the cases measured in both rounds", async () => {
    const v = await view("/api/aggregates/change?from=H%C3%B8st%202025&to=V%C3%A5r%202026", admin);
    const c = cell(v.total) as unknown as { n: number; meanDelta: number; medianDelta: number };
    expect(c).toMatchObject({ n: 5, suppressed: false });
    expect(c.meanDelta).toBeCloseTo(-0.5, 12);
    expect((cell(v.total, "HEGE", "PPT") as unknown as { meanDelta: number }).meanDelta).toBe(0);
    expect((await t.call("GET", "/api/aggregates/change?from=A&to=A", { auth: admin })).status).toBe(400);
  });
});

describe("aggregate exports", () => {
  it("csv and csv-nb: suppressed rows are blank with a 'suppressed' marker; never the hidden value", async () => {
    const res = await t.call("GET", "/api/aggregates/export?format=csv&by=district&period=H%C3%B8st%202025", { auth: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''laget_aggregat_role-pairs_rc7-1.0.0_all_t3.5_min5.csv/);
    const lines = (await res.text()).trim().split("\n");
    expect(lines[0]).toBe("scope,group,group_cases,rater,target,n,mean,median,weak_share,suppressed,reason");
    expect(lines).toContain("district,Lerkendal,,PPT,HEGE,,,,,suppressed,min-n");
    expect(lines.join("\n")).not.toContain("2.77775");
    const bytes = Buffer.from(await (await t.call("GET", "/api/aggregates/export?format=csv-nb&by=district", { auth: admin })).arrayBuffer());
    const nb = bytes.toString("utf8");
    expect(nb.startsWith("\uFEFFscope;group;")).toBe(true); // BOM kept for Excel (Response.text() would strip it)
    expect(nb).toContain("district;Lerkendal;;PPT;HEGE;;;;;suppressed;min-n");
  });

  it("xlsx: suppressed cells are empty; Om sheet carries min n and provenance", async () => {
    const res = await t.call("GET", "/api/aggregates/export?format=xlsx&by=district&period=H%C3%B8st%202025", { auth: evaluator });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows = (wb.getWorksheet("Aggregat")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows.find((r) => r[0] === "total" && r[3] === "PPT" && r[4] === "HEGE")?.[5]).toBe(6);
    const om = Object.fromEntries((wb.getWorksheet("Om")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => [r[1], r[2]]));
    expect(om).toMatchObject({ min_cases: "5", threshold: "3.5", district: "", period: "Høst 2025" });
    const json = await (await t.call("GET", "/api/aggregates/export?format=json", { auth: evaluator })).json();
    expect((json as View).meta.minCases).toBe(5);
  });
});

describe("settings: admins change min n", () => {
  it("403 for others, 400 for nonsense, then smaller cells are published", async () => {
    expect((await t.call("PUT", "/api/settings", { auth: evaluator, body: { minCases: 2 } })).status).toBe(403);
    expect((await t.call("PUT", "/api/settings", { auth: admin, body: { minCases: 0 } })).status).toBe(400);
    const ok = await t.call("PUT", "/api/settings", { auth: admin, body: { minCases: 2 } });
    expect(await json(ok)).toEqual({ settings: { minCases: 2 } });
    expect(await json(await t.call("GET", "/api/settings", { auth: evaluator }))).toEqual({ settings: { minCases: 2 } });
    const v = await view("/api/aggregates?by=district&period=H%C3%B8st%202025", admin);
    expect(cell(group(v, "district", "Lerkendal")).mean).toBeCloseTo(mean(LERKENDAL), 12);
    await t.call("PUT", "/api/settings", { auth: admin, body: { minCases: 5 } });
  });
});

// /api/aggregates over the published release: publishing, values computed independently, scopes, change, exports, settings.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addUsers, json, makeApp, type Browser, type TestApp } from "../api/helpers.ts";
import { addCase, mean } from "./fixture.ts";

type Cell = { rater: string; target: string; n: number | null; mean: number | null; median: number | null; weakShare: number | null; suppressed: boolean; reason: string | null; asOf: string | null };
type Matrix = { group: string | null; cases: number | null; asOf: string | null; cells: Cell[] };
type View = { meta: Record<string, unknown>; roles: string[]; total: Matrix; breakdowns: { by: string; groups: Matrix[] }[] };

const HEIMDAL = [4.25, 3.5, 2, 4.75, 5, 3.125, 2.5, 3.75, 4, 1.5, 4.5, 3]; // Høst 2025 and Vår 2026 (score − 0.5); Skole A and B alternately
const SKOLE_C = [3, 3.5, 4, 4.5, 2.5, 3.25]; // Lerkendal, Høst 2025 only
const SKOLE_D = [1.2345, 4.321]; // Lerkendal: two cases, neither published nor named at min 5 (mean 2.77775)
const HOST = encodeURIComponent("Høst 2025");
const VAR = encodeURIComponent("Vår 2026");

const cell = (m: Matrix, rater = "PPT", target = "HEGE") => m.cells.find((c) => c.rater === rater && c.target === target)!;
const group = (v: View, g: string) => v.breakdowns[0]?.groups.find((x) => x.group === g);

let t: TestApp;
let admin: Browser, evaluator: Browser, facilitator: Browser;
beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  for (const [i, s] of HEIMDAL.entries()) await addCase(t.deps.store, `h${i}`, "Heimdal", i % 2 ? "Skole A" : "Skole B", [["Høst 2025", s], ["Vår 2026", s - 0.5]]);
  for (const [i, s] of SKOLE_C.entries()) await addCase(t.deps.store, `c${i}`, "Lerkendal", "Skole C", [["Høst 2025", s]]);
  for (const [i, s] of SKOLE_D.entries()) await addCase(t.deps.store, `d${i}`, "Lerkendal", "Skole D", [["Høst 2025", s]]);
  [admin, evaluator, facilitator] = await Promise.all(["admin", "eval", "fasi"].map((u) => t.login(`${u}@laget.test`)));
});

const view = async (path: string, auth: Browser) => {
  const res = await t.call("GET", path, { auth });
  expect(res.status, path).toBe(200);
  return (await res.json()) as View;
};

describe("publishing", () => {
  it("before the first release every view is empty and says so; only admins publish", async () => {
    const v = await view("/api/aggregates", admin);
    expect(v.meta).toMatchObject({ release: null, minCases: 5, threshold: 3.5, periods: [], changes: [] });
    expect(v.total).toEqual({ group: null, cases: null, asOf: null, cells: [] });
    expect(await json(await t.call("GET", "/api/aggregates/releases", { auth: evaluator }))).toEqual({ current: null, history: [] });
    for (const who of [evaluator, facilitator]) expect((await t.call("POST", "/api/aggregates/releases", { auth: who })).status).toBe(403);
    const res = await t.call("POST", "/api/aggregates/releases", { auth: admin });
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { current: Record<string, unknown>; history: { id: string; publishedBy: string }[] };
    expect(answer.current).toMatchObject({ id: "r1", minCases: 5, threshold: 3.5, periods: ["Høst 2025", "Vår 2026"], changes: [{ from: "Høst 2025", to: "Vår 2026" }], carried: 0 });
    expect(answer.history.map((h) => h.id)).toEqual(["r1"]);
  });
});

describe("views of the release", () => {
  it("an evaluator limited to Heimdal gets Heimdal's numbers (computed independently), never the municipality", async () => {
    const v = await view(`/api/aggregates?period=${HOST}`, evaluator);
    expect(v.meta).toMatchObject({ kind: "role-pairs", release: { id: "r1" }, dimension: "all", filters: { period: "Høst 2025", district: null } });
    expect(v.total.cases).toBe(12);
    const sorted = [...HEIMDAL].sort((a, b) => a - b);
    expect(cell(v.total)).toMatchObject({ n: 12, suppressed: false, median: (sorted[5] + sorted[6]) / 2, weakShare: HEIMDAL.filter((x) => x <= 3.5).length / 12, asOf: "r1" });
    expect(cell(v.total).mean).toBeCloseTo(mean(HEIMDAL), 12);
    const other = await view(`/api/aggregates?period=${HOST}&district=Lerkendal`, evaluator);
    expect(other.total.cases).toBeNull();
  });

  it("the latest period is the default; Skole D's two cases are neither published nor named, Skole C is hidden with them", async () => {
    const latest = await view("/api/aggregates", admin);
    expect(latest.meta.filters).toMatchObject({ period: "Vår 2026" });
    expect((await view(`/api/aggregates?period=${HOST}&by=district`, admin)).breakdowns[0].groups.map((g) => [g.group, g.cases])).toEqual([["Heimdal", 12], ["Lerkendal", 8]]);
    const res = await t.call("GET", `/api/aggregates?period=${HOST}&by=unit`, { auth: admin });
    const text = await res.text();
    const v = JSON.parse(text) as View;
    expect(v.breakdowns[0].groups.map((g) => [g.group, g.cases])).toEqual([["Skole A", 6], ["Skole B", 6]]);
    expect(text).not.toContain("Skole D");
    expect(text).not.toContain("2.77775");
    for (const c of v.total.cells.filter((x) => x.suppressed)) expect([c.n, c.mean, c.median, c.weakShare, c.reason]).toEqual([null, null, null, null, "hidden"]);
  });

  it("change between the two consecutive periods; other pairs of periods are not released (404)", async () => {
    const v = await view(`/api/aggregates/change?from=${HOST}&to=${VAR}&district=Heimdal`, admin);
    const c = cell(v.total) as unknown as { n: number; meanDelta: number };
    expect(c).toMatchObject({ n: 12, suppressed: false });
    expect(c.meanDelta).toBeCloseTo(-0.5, 12);
    expect((await t.call("GET", `/api/aggregates/change?from=${VAR}&to=${HOST}`, { auth: admin })).status).toBe(404);
    expect((await t.call("GET", "/api/aggregates?period=Vinter", { auth: admin })).status).toBe(404);
  });

  it("choices the release does not offer are refused: threshold, dimension, instrument", async () => {
    for (const q of ["threshold=3", "dimension=timely", "instrument=rc7"]) {
      expect((await t.call("GET", `/api/aggregates?${q}`, { auth: evaluator })).status, q).toBe(400);
    }
  });
});

describe("exports of the release", () => {
  it("csv and csv-nb: the same numbers as the view; hidden rows blank with 'suppressed'", async () => {
    const res = await t.call("GET", `/api/aggregates/export?format=csv&period=${HOST}&district=Heimdal&by=unit`, { auth: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''laget_aggregat_role-pairs_r1_t3\.5_min5\.csv/);
    const lines = (await res.text()).trim().split("\n");
    expect(lines[0]).toBe("scope,group,group_cases,rater,target,n,mean,median,weak_share,suppressed,as_of");
    const total = lines.find((l) => l.startsWith("total,,12,PPT,HEGE,"))!.split(",");
    expect(Number(total[6])).toBeCloseTo(mean(HEIMDAL), 12);
    for (const l of lines.slice(1).filter((x) => x.includes(",suppressed,"))) expect(l).toMatch(/^[^,]*,[^,]*,[^,]*,[^,]+,[^,]+,,,,,suppressed,$/);
    const nbRes = await t.call("GET", `/api/aggregates/export?format=csv-nb&period=${HOST}`, { auth: admin });
    // The Excel flavour has its own file name and Norwegian headings.
    expect(nbRes.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''laget_aggregat_role-pairs_r1_t3\.5_min5_nb\.csv/);
    const nb = Buffer.from(await nbRes.arrayBuffer()).toString("utf8");
    expect(nb.split("\r\n")[0]).toBe("\uFEFFnivå;gruppe;saker_i_gruppen;vurderer;vurdert;antall_saker;gjennomsnitt;median;andel_å_styrke;skjult;fra_publisering");
  });

  it("xlsx and json: the view itself, with the release in the 'Om' sheet", async () => {
    const res = await t.call("GET", `/api/aggregates/export?format=xlsx&period=${HOST}`, { auth: evaluator });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows = (wb.getWorksheet("Aggregat")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[0].slice(0, 5)).toEqual(["nivå", "gruppe", "saker_i_gruppen", "vurderer", "vurdert"]);
    expect(rows.find((r) => r[0] === "total" && r[3] === "PPT" && r[4] === "HEGE")?.[5]).toBe(12);
    const om = Object.fromEntries((wb.getWorksheet("Om")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => [r[1], r[2]]));
    expect(om).toMatchObject({ release: "r1", min_cases: "5", threshold: "3.5", period: "Høst 2025" });
    const fromJson = (await (await t.call("GET", `/api/aggregates/export?format=json&period=${HOST}`, { auth: evaluator })).json()) as View;
    expect(fromJson).toEqual(await view(`/api/aggregates?period=${HOST}`, evaluator));
  });
});

describe("settings and later releases", () => {
  it("a smaller minimum shows in the next release only; the weak threshold is fixed once a release exists", async () => {
    expect((await t.call("PUT", "/api/settings", { auth: admin, body: { weakThreshold: 3 } })).status).toBe(409);
    const ok = await t.call("PUT", "/api/settings", { auth: admin, body: { minCases: 2 } });
    expect(await json(ok)).toEqual({ settings: { minCases: 2, weakThreshold: 3.5, retentionMonths: 24 } });
    expect((await view(`/api/aggregates?period=${HOST}&by=unit`, admin)).breakdowns[0].groups.map((g) => g.group)).toEqual(["Skole A", "Skole B"]);
    expect((await t.call("POST", "/api/aggregates/releases", { auth: admin })).status).toBe(201);
    const v = await view(`/api/aggregates?period=${HOST}&by=unit`, admin);
    expect(v.meta).toMatchObject({ release: { id: "r2" }, minCases: 2 });
    expect(cell(group(v, "Skole D")!).mean).toBeCloseTo(mean(SKOLE_D), 12);
    const history = (await json(await t.call("GET", "/api/aggregates/releases", { auth: evaluator }))) as { history: { id: string }[] };
    expect(history.history.map((h) => h.id)).toEqual(["r1", "r2"]);
    await t.call("PUT", "/api/settings", { auth: admin, body: { minCases: 5 } });
  });
});

describe("two publications at once", () => {
  it("the one computed from a release another instance replaced meanwhile is 409 release_changed, and the other's stays", async () => {
    const store = t.deps.store;
    const read = store.getRelease.bind(store);
    store.getRelease = async () => {
      const stale = await read();
      store.getRelease = read; // once: the other instance publishes right after this one read the release
      if (stale) await store.putRelease({ ...stale, history: [...stale.history, { id: "r3", publishedAt: "2026-01-01T00:00:00.000Z", publishedBy: "other" }] });
      return stale;
    };
    const res = await t.call("POST", "/api/aggregates/releases", { auth: admin });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("release_changed");
    const after = (await json(await t.call("GET", "/api/aggregates/releases", { auth: admin }))) as { history: { id: string; publishedBy: string | null }[] };
    expect(after.history.map((h) => [h.id, h.publishedBy])).toEqual([["r1", expect.any(String)], ["r2", expect.any(String)], ["r3", "other"]]);
    expect((await t.call("POST", "/api/aggregates/releases", { auth: admin })).status).toBe(201); // publishing again works
  });
});

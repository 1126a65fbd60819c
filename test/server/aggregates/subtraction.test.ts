// Filtered vs. unfiltered aggregate requests: no count or mean of fewer than min n cases by subtraction (JSON and csv).
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../server/services/users/index.ts";
import { PASSWORD, addUsers, makeApp, type Browser, type TestApp } from "../api/helpers.ts";
import { addCase, mean } from "./fixture.ts";

type Cell = { rater: string; target: string; n: number | null; mean?: number | null; meanDelta?: number | null; suppressed: boolean; reason: string | null };
type Matrix = { group: string | null; cases: number | null; cells: Cell[] };
type View = { total: Matrix; breakdowns: { by: string; groups: Matrix[] }[] };

const HEIMDAL = [4.25, 3.5, 2, 4.75, 5, 3.125]; // Høst 2025; the first five also in Vår 2026 (score − 0.5)
const LERKENDAL = [1.2345, 4.321]; // Høst 2025 and Vår 2026 (score + 0.5)
const HOST = "period=H%C3%B8st%202025";

let t: TestApp;
let evaluator: Browser;
beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  await createUser(t.deps, { email: "alle@laget.test", name: "alle", role: "evaluator", districts: [], password: PASSWORD });
  for (const [i, s] of HEIMDAL.entries()) await addCase(t.deps.store, `h${i}`, "Heimdal", "Heimdal skole", i < 5 ? [["Høst 2025", s], ["Vår 2026", s - 0.5]] : [["Høst 2025", s]]);
  for (const [i, s] of LERKENDAL.entries()) await addCase(t.deps.store, `l${i}`, "Lerkendal", "Lerkendal skole", [["Høst 2025", s], ["Vår 2026", s + 0.5]]);
  evaluator = await t.login("alle@laget.test");
});

const get = async (path: string) => {
  const res = await t.call("GET", path, { auth: evaluator });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, view: JSON.parse(text) as View };
};
const matrices = (v: View) => [v.total, ...v.breakdowns.flatMap((b) => b.groups.map((g) => ({ ...g, group: `${b.by}:${g.group}` })))];
const pair = (m: Matrix) => m.cells.find((c) => c.rater === "PPT" && c.target === "HEGE")!;

/** Every cell and `cases` count published in both answers differs by 0 or at least 5 cases. */
function expectNoSmallDifference(wide: View, narrow: View) {
  const wideByGroup = new Map(matrices(wide).map((m) => [m.group, m]));
  for (const m of matrices(narrow)) {
    const w = wideByGroup.get(m.group);
    if (!w) continue;
    const d = (a: number | null, b: number | null) => (a === null || b === null ? 0 : a - b);
    expect(d(w.cases, m.cases) === 0 || d(w.cases, m.cases) >= 5).toBe(true);
    for (const c of m.cells) {
      const o = w.cells.find((x) => x.rater === c.rater && x.target === c.target)!;
      if (c.suppressed || o.suppressed) continue;
      expect((o.n ?? 0) - (c.n ?? 0) === 0 || (o.n ?? 0) - (c.n ?? 0) >= 5, `${m.group} ${c.rater}→${c.target}`).toBe(true);
    }
  }
}

describe("all vs. district=Heimdal: nothing about Lerkendal's 2 cases by subtraction", () => {
  it("role pairs within one period: the Heimdal total is hidden (difference), the wider total stays", async () => {
    const all = await get(`/api/aggregates?${HOST}`);
    expect(pair(all.view.total)).toMatchObject({ n: 8, suppressed: false });
    expect(pair(all.view.total).mean).toBeCloseTo(mean([...HEIMDAL, ...LERKENDAL]), 12);
    const heimdal = await get(`/api/aggregates?${HOST}&district=Heimdal`);
    expect(pair(heimdal.view.total)).toMatchObject({ n: null, mean: null, median: null, weakShare: null, suppressed: true, reason: "difference" });
    expect(heimdal.view.total.cases).toBeNull();
    expect(heimdal.text).not.toContain(String(mean(HEIMDAL)).slice(0, 8));
    expectNoSmallDifference(all.view, heimdal.view);
  });

  it("by district: the one Heimdal group is not published in place of the hidden total", async () => {
    const all = await get(`/api/aggregates?${HOST}&by=district`);
    const heimdal = await get(`/api/aggregates?${HOST}&district=Heimdal&by=district`);
    expect(pair(heimdal.view.breakdowns[0].groups[0])).toMatchObject({ n: null, suppressed: true, reason: "complementary" });
    expect(heimdal.text).not.toContain(String(mean(HEIMDAL)).slice(0, 8));
    expectNoSmallDifference(all.view, heimdal.view);
  });

  it("all periods, by round under a district filter: every round group of Heimdal is hidden", async () => {
    const all = await get("/api/aggregates?by=round");
    const heimdal = await get("/api/aggregates?district=Heimdal&by=round");
    expect(matrices(all.view).map((m) => pair(m).n)).toEqual([15, 8, 7]);
    expect(matrices(heimdal.view).map((m) => pair(m).reason)).toEqual(["difference", "difference", "difference"]);
    expectNoSmallDifference(all.view, heimdal.view);
  });

  it("round change: the district's change is hidden when all districts' change is 2 cases more", async () => {
    const q = "from=H%C3%B8st%202025&to=V%C3%A5r%202026";
    const all = await get(`/api/aggregates/change?${q}`);
    expect(pair(all.view.total)).toMatchObject({ n: 7, suppressed: false });
    const heimdal = await get(`/api/aggregates/change?${q}&district=Heimdal`);
    expect(pair(heimdal.view.total)).toMatchObject({ n: null, meanDelta: null, suppressed: true, reason: "difference" });
    expect(heimdal.text).not.toMatch(/"meanDelta": ?-0\.5/);
  });

  it("csv export: the filtered row is blank with 'difference'; no row pair differs by 1 … 4 cases", async () => {
    const csv = async (q: string) => {
      const res = await t.call("GET", `/api/aggregates/export?format=csv&${q}`, { auth: evaluator });
      expect(res.status).toBe(200);
      return (await res.text()).trim().split("\n").slice(1).map((l) => l.split(","));
    };
    const all = await csv(HOST);
    const heimdal = await csv(`${HOST}&district=Heimdal`);
    expect(all.find((r) => r[0] === "total" && r[3] === "PPT" && r[4] === "HEGE")?.slice(2, 6)).toEqual(["8", "PPT", "HEGE", "8"]);
    expect(heimdal.find((r) => r[0] === "total" && r[3] === "PPT" && r[4] === "HEGE")).toEqual(["total", "", "", "PPT", "HEGE", "", "", "", "", "suppressed", "difference"]);
    for (const r of heimdal) {
      const o = all.find((x) => x[0] === r[0] && x[1] === r[1] && x[3] === r[3] && x[4] === r[4]);
      if (!o || r[5] === "" || o[5] === "") continue;
      const d = Number(o[5]) - Number(r[5]);
      expect(d === 0 || d >= 5).toBe(true);
    }
    expect(heimdal.flat().join(",")).not.toContain(String(mean(HEIMDAL)).slice(0, 8));
  });
});

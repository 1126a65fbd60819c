// Views of a release for one request: period and district, breakdowns of published groups only, hidden cells marked, district scopes.
import { describe, expect, it } from "vitest";
import { changeView, pairsView, publishRelease } from "../../../analysis/aggregate/index.ts";
import type { ReleaseContribution } from "../../../analysis/aggregate/release-types.ts";

const kase = (caseKey: string, district: string, unit: string, period: string, score: number): ReleaseContribution => ({
  caseKey, district, unit, period, closedAt: period === "Høst 2025" ? "2025-12-01T00:00:00Z" : "2026-06-01T00:00:00Z",
  scores: [{ rater: "SR", target: "PPT", score }, { rater: "PPT", target: "SR", score: 4 }],
});

// Heimdal: two units of 6; Lerkendal: one unit of 7; all measured in autumn, Heimdal's Skole A again in spring.
const data = [
  ...[1, 2, 3, 4, 5, 3].map((s, i) => kase(`a${i}`, "Heimdal", "Skole A", "Høst 2025", s)),
  ...[2, 2, 3, 3, 4, 4].map((s, i) => kase(`b${i}`, "Heimdal", "Skole B", "Høst 2025", s)),
  ...[5, 4, 4, 3, 3, 2, 2].map((s, i) => kase(`c${i}`, "Lerkendal", "Skole C", "Høst 2025", s)),
  ...[2, 3, 4, 5, 5, 4].map((s, i) => kase(`a${i}`, "Heimdal", "Skole A", "Vår 2026", s)),
];
const { release } = publishRelease(data, { id: "r1", publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5 });
const pair = (cells: { rater: string; target: string }[]) => cells.find((c) => c.rater === "SR" && c.target === "PPT") as Record<string, unknown>;

describe("pairsView", () => {
  it("defaults to the latest period; by=district lists the published districts; every role pair is present", () => {
    const v = pairsView(release, { by: "district" }, null)!;
    expect(v.roles).toEqual(["SR", "PPT"]);
    expect(v.total.cases).toBe(6);
    expect(pair(v.total.cells)).toMatchObject({ n: 6, mean: 23 / 6, suppressed: false, reason: null, asOf: "r1" });
    expect(v.breakdowns[0].groups.map((g) => [g.group, g.cases])).toEqual([["Heimdal", 6]]);
  });

  it("a period with units: the total, its districts and units as published; hidden cells carry no number", () => {
    const v = pairsView(release, { period: "Høst 2025", by: "unit" }, null)!;
    expect(v.total.cases).toBe(19);
    expect(pair(v.total.cells).mean).toBeCloseTo((18 + 18 + 23) / 19, 12);
    for (const g of v.breakdowns[0].groups) expect(g.cases).toBeGreaterThanOrEqual(5);
    const all = [v.total, ...v.breakdowns[0].groups].flatMap((m) => m.cells);
    for (const c of all.filter((x) => x.suppressed)) expect([c.n, c.mean, c.median, c.weakShare, c.reason]).toEqual([null, null, null, null, "hidden"]);
  });

  it("by=round: the same group in every period it is published in", () => {
    const v = pairsView(release, { district: "Heimdal", by: "round" }, null)!;
    expect(v.breakdowns[0].groups.map((g) => [g.group, g.cases])).toEqual([["Høst 2025", 12], ["Vår 2026", 6]]);
  });

  it("a user limited to Lerkendal sees Lerkendal, never the municipality; an empty list sees nothing; an unknown period is null", () => {
    const own = pairsView(release, { period: "Høst 2025", by: "district" }, ["Lerkendal"])!;
    expect(own.total.cases).toBe(7);
    expect(own.breakdowns[0].groups.map((g) => g.group)).toEqual(["Lerkendal"]);
    const other = pairsView(release, { period: "Høst 2025", district: "Heimdal" }, ["Lerkendal"])!;
    expect(other.total.cases).toBeNull();
    const none = pairsView(release, { period: "Høst 2025", by: "unit" }, [])!;
    expect(none.total.cells.every((c) => c.suppressed)).toBe(true);
    expect(none.breakdowns).toEqual([]);
    expect(pairsView(release, { period: "Vår 2030" }, null)).toBeNull();
  });
});

describe("changeView", () => {
  it("the change between consecutive periods; other period pairs are not released", () => {
    const v = changeView(release, { from: "Høst 2025", to: "Vår 2026" }, null)!;
    expect(v.total.cases).toBe(6);
    expect(pair(v.total.cells)).toMatchObject({ n: 6, meanDelta: (23 - 18) / 6, suppressed: false });
    expect(changeView(release, { from: "Vår 2026", to: "Høst 2025" }, null)).toBeNull();
  });
});

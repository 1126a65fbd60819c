// The reported attacks on evaluator aggregates, tried on releases: distinct cases, district − unit, period − change, threshold scan, empty vs small, before/after one case.
import { describe, expect, it } from "vitest";
import { publishRelease } from "../../../analysis/aggregate/index.ts";
import type { PairValues, Release, ReleaseContribution, ReleaseLinks, ReleaseMatrix } from "../../../analysis/aggregate/release-types.ts";
import { newlyDetermined, type Snapshot } from "./release-model.ts";

const CLOSED: Record<string, string> = { "Høst 2025": "2025-12-01T00:00:00Z", "Vår 2026": "2026-06-01T00:00:00Z" };
const HOST = "Høst 2025";
const VAR = "Vår 2026";

/** A case in one period with SR→PPT = `score` (and PPT→SR = 4); more pairs when `extra` is given. */
const kase = (caseKey: string, district: string, unit: string, period: string, score: number, extra: [string, string, number][] = []): ReleaseContribution => ({
  caseKey, district, unit, period, closedAt: CLOSED[period] ?? "2026-01-01T00:00:00Z",
  scores: [{ rater: "SR", target: "PPT", score }, { rater: "PPT", target: "SR", score: 4 }, ...extra.map(([rater, target, s]) => ({ rater, target, score: s }))],
});

let n = 0;
const publish = (data: ReleaseContribution[], previous: { release: Release; links: ReleaseLinks } | null = null, minCases = 5) =>
  publishRelease(data, { id: `r${++n}`, publishedAt: "2026-06-30T00:00:00Z", minCases, threshold: 3.5, previous });

type Cell = PairValues & { rater: string; target: string; asOf: string };
const periodMatrix = (r: Release, period: string, level: string, name: string | null) =>
  r.periodTables.find((t) => t.period === period)?.matrices.find((m) => m.level === level && (level === "total" || (level === "district" ? m.district : m.unit) === name));
const srPpt = (m: ReleaseMatrix<unknown> | undefined) => m?.cells.find((c) => c.rater === "SR" && c.target === "PPT") as Cell | undefined;
const sum = (c: { n: number; mean?: number; meanDelta?: number } | undefined) => (c ? c.n * (c.mean ?? c.meanDelta ?? NaN) : null);

describe("n counts distinct cases", () => {
  it("one case with five rounds is one case per period; periods it holds alone are not published", () => {
    const periods = ["P1", "P2", "P3", "P4", HOST];
    const data = [
      ...periods.map((p, i) => ({ ...kase("lonely", "Heimdal", "Skole A", p, 1.5 + i / 10), closedAt: `2025-0${i + 1}-01T00:00:00Z` })),
      ...[1, 2, 3, 4].map((i) => kase(`c${i}`, "Heimdal", "Skole A", HOST, 3 + i / 10)),
    ];
    const { release } = publish(data);
    expect(release.periods).toEqual([HOST]);
    expect(periodMatrix(release, HOST, "total", null)?.cases).toBe(5);
    expect(srPpt(periodMatrix(release, HOST, "total", null))?.n).toBe(5);
    expect(JSON.stringify(release)).not.toMatch(/"P[1-4]"/);
  });
});

describe("no hidden case by subtracting published cells", () => {
  it("(a) district − unit: the district's one case in its other unit (1.3) cannot be recovered", () => {
    const data = [
      ...[4.25, 3.5, 2, 4.75, 5].map((s, i) => kase(`a${i}`, "Heimdal", "Skole A", HOST, s)),
      kase("b0", "Heimdal", "Skole B", HOST, 1.3),
      ...[3, 3.5, 4, 4.5, 2.5].map((s, i) => kase(`l${i}`, "Lerkendal", "Skole C", HOST, s)),
    ];
    const { release } = publish(data);
    const district = sum(srPpt(periodMatrix(release, HOST, "district", "Heimdal")));
    const unit = sum(srPpt(periodMatrix(release, HOST, "unit", "Skole A")));
    const total = sum(srPpt(periodMatrix(release, HOST, "total", null)));
    const other = sum(srPpt(periodMatrix(release, HOST, "district", "Lerkendal")));
    const attempts = [district !== null && unit !== null ? district - unit : null, total !== null && other !== null && unit !== null ? total - other - unit : null];
    for (const a of attempts) if (a !== null) expect(a).not.toBeCloseTo(1.3, 6);
    expect(JSON.stringify(release)).not.toContain("Skole B");
    expect(newlyDetermined([{ release, contributions: data }])).toEqual([]);
  });

  it("(b) period − change: the case measured only once (1.7) cannot be recovered", () => {
    const twice = [4.25, 3.5, 2, 4.75, 5];
    const data = [
      ...twice.map((s, i) => kase(`h${i}`, "Heimdal", "Skole A", HOST, s)),
      kase("once", "Heimdal", "Skole A", HOST, 1.7),
      ...twice.map((s, i) => kase(`h${i}`, "Heimdal", "Skole A", VAR, s - 0.5)),
    ];
    const { release } = publish(data);
    const before = sum(srPpt(periodMatrix(release, HOST, "total", null)));
    const after = sum(srPpt(periodMatrix(release, VAR, "total", null)));
    const change = sum(srPpt(release.changeTables[0]?.matrices[0]));
    if (before !== null && after !== null && change !== null) expect(before - (after - change)).not.toBeCloseTo(1.7, 6);
    expect([before, after, change].filter((x) => x !== null).length).toBeLessThan(3);
    expect(newlyDetermined([{ release, contributions: data }])).toEqual([]);
  });
});

describe("period − change when a case also joined", () => {
  it("the once-measured case minus the new case (1.7 − 4.2) cannot be computed either", () => {
    const twice = [4.25, 3.5, 2, 4.75, 5];
    const data = [
      ...twice.map((s, i) => kase(`h${i}`, "Heimdal", "Skole A", HOST, s)),
      kase("once", "Heimdal", "Skole A", HOST, 1.7),
      ...twice.map((s, i) => kase(`h${i}`, "Heimdal", "Skole A", VAR, s - 0.5)),
      kase("new", "Heimdal", "Skole A", VAR, 4.2),
    ];
    const { release } = publish(data);
    const before = sum(srPpt(periodMatrix(release, HOST, "total", null)));
    const after = sum(srPpt(periodMatrix(release, VAR, "total", null)));
    const change = sum(srPpt(release.changeTables[0]?.matrices[0]));
    if (before !== null && after !== null && change !== null) expect(before - after + change).not.toBeCloseTo(1.7 - 4.2, 6);
    expect([before, after, change].filter((x) => x !== null).length).toBeLessThan(3);
    expect(newlyDetermined([{ release, contributions: data }])).toEqual([]);
  });
});

describe("one threshold for every release", () => {
  it("weak shares use the release's threshold, and a later release cannot use another one", () => {
    const data = [1, 2, 3, 3.5, 4, 5].map((s, i) => kase(`c${i}`, "Heimdal", "Skole A", HOST, s));
    const first = publish(data);
    expect(srPpt(periodMatrix(first.release, HOST, "total", null))?.weakShare).toBe(4 / 6);
    expect(() => publishRelease(data, { id: "x", publishedAt: "2026-07-01", minCases: 5, threshold: 3, previous: first })).toThrow(/^publishRelease: option "threshold": must stay 3.5/);
  });
});

describe("empty and too small look the same; hidden groups are unnamed", () => {
  /** A unit holding one case, with child welfare (ØBC) in its team or without. */
  const withLone = (obc: boolean) => [
    ...[3, 3.5, 4, 4.5, 2.5, 3.2].map((s, i) => kase(`a${i}`, "Heimdal", "Skole A", HOST, s)),
    ...[3.1, 3.6, 4.1, 4.6, 2.6, 3.3].map((s, i) => kase(`b${i}`, "Heimdal", "Skole B", HOST, s)),
    kase("lone", "Heimdal", "Ensom skole", HOST, 2, obc ? [["SR", "ØBC", 1.5], ["ØBC", "SR", 2.5]] : []),
  ];

  it("the lone case's unit is not named, and its role pairs leave no trace in the published groups' structure", () => {
    const shapes = [true, false].map((obc) => {
      const { release } = publish(withLone(obc));
      const text = JSON.stringify(release);
      expect(text).not.toContain("Ensom skole");
      expect(text).not.toContain("ØBC");
      return release.periodTables.flatMap((t) => t.matrices.map((m) => `${m.level}:${m.district}:${m.unit}:${m.cases}:${m.cells.map((c) => `${c.rater}→${c.target}`)}`));
    });
    // Skole A is hidden with the lone unit so that district − units leaves 7 cases, not 1: the same with or without ØBC.
    expect(shapes[0]).toEqual(shapes[1]);
    expect(shapes[0].map((s) => s.split(":").slice(0, 4).join(":"))).toEqual(["total:null:null:13", "district:Heimdal:null:13", "unit:Heimdal:Skole B:6"]);
  });

  it("a pair with 0 cases and a pair with 1–4 cases in a published group are both simply absent", () => {
    const data = [...[3, 3.5, 4, 4.5, 2.5].map((s, i) => kase(`a${i}`, "Heimdal", "Skole A", HOST, s, i < 2 ? [["SR", "HEGE", 3]] : []))];
    const { release } = publish(data);
    const m = periodMatrix(release, HOST, "total", null) as ReleaseMatrix<PairValues>;
    expect(m.cells.map((c) => `${c.rater}→${c.target}`)).toEqual(["SR→PPT", "PPT→SR"]);
    expect(release.roles).toEqual(["SR", "PPT"]);
  });
});

describe("time: a case that closes its round between two releases is not revealed by their difference", () => {
  const base = [...[4.25, 3.5, 2, 4.75, 5, 3.125].map((s, i) => kase(`h${i}`, "Heimdal", "Skole A", HOST, s))];

  it("cells whose cases changed by fewer than min keep the earlier value (asOf); the new case's 1.1 cannot be recovered", () => {
    const first = publish(base);
    const after = [...base, kase("new", "Heimdal", "Skole A", HOST, 1.1)];
    const second = publish(after, first);
    for (const level of ["total", "district", "unit"]) {
      const name = level === "district" ? "Heimdal" : "Skole A";
      const a = srPpt(periodMatrix(first.release, HOST, level, name));
      const b = srPpt(periodMatrix(second.release, HOST, level, name));
      if (a && b && b.asOf === second.release.id) expect(sum(b)! - sum(a)!).not.toBeCloseTo(1.1, 6);
      expect(b?.asOf).toBe(first.release.id);
      expect(periodMatrix(second.release, HOST, level, name)?.cases).toBe(6);
    }
    const history: Snapshot[] = [{ release: first.release, contributions: base }, { release: second.release, contributions: after }];
    expect(newlyDetermined(history)).toEqual([]);
  });

  it("once min new cases have closed, the cells are published fresh again (together they are a group of 5)", () => {
    const first = publish(base);
    const plusOne = [...base, kase("new0", "Heimdal", "Skole A", HOST, 1.1)];
    const second = publish(plusOne, first);
    const plusFive = [...plusOne, ...[2, 3, 4, 5].map((s, i) => kase(`new${i + 1}`, "Heimdal", "Skole A", HOST, s))];
    const third = publish(plusFive, second);
    const cell = srPpt(periodMatrix(third.release, HOST, "total", null));
    expect(cell).toMatchObject({ asOf: third.release.id, n: 11 });
    const history: Snapshot[] = [
      { release: first.release, contributions: base },
      { release: second.release, contributions: plusOne },
      { release: third.release, contributions: plusFive },
    ];
    expect(newlyDetermined(history)).toEqual([]);
  });

  it("a deleted case: cells that held it keep their value until its departure is mixed with min or more other changes", () => {
    const first = publish(base);
    const without = base.filter((c) => c.caseKey !== "h2");
    const second = publish(without, first);
    expect(srPpt(periodMatrix(second.release, HOST, "total", null))?.asOf).toBe(first.release.id);
    const joined = [...without, ...[2, 3, 4, 5, 1].map((s, i) => kase(`j${i}`, "Heimdal", "Skole A", HOST, s))];
    const third = publish(joined, second);
    expect(srPpt(periodMatrix(third.release, HOST, "total", null))).toMatchObject({ asOf: third.release.id, n: 10 });
    const history: Snapshot[] = [
      { release: first.release, contributions: base },
      { release: second.release, contributions: without },
      { release: third.release, contributions: joined },
    ];
    expect(newlyDetermined(history)).toEqual([]);
  });
});

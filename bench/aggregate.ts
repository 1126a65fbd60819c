// Aggregate bench: 2 000 analysed cases (12 members each) in two periods → protected releases of every table.
import type { BenchCase } from "./types.ts";
import { analyze } from "../analysis/analyze.ts";
import { contributionOf, publishRelease } from "../analysis/aggregate/index.ts";
import type { ReleaseContribution } from "../analysis/aggregate/release-types.ts";
import { prng, syntheticTeam } from "./fixtures.ts";

const DISTRICTS = ["Heimdal", "Lerkendal", "Midtbyen", "Østbyen"];

/**
 * Release input for `count` cases in districts and ~40 units (analysed once, outside the timed runs):
 * one contribution per case in each period; every seventh case is not measured in the second period.
 */
function contributions(count: number, periods: [string, string][]): ReleaseContribution[] {
  const rand = prng(100);
  const home = Array.from({ length: count }, () => {
    const district = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
    return { district, unit: `${district} ${Math.floor(rand() * 10)}` };
  });
  return periods.flatMap(([period, closedAt], p) => home.flatMap((h, i) => {
    if (p > 0 && i % 7 === 6) return [];
    const c = contributionOf({ caseKey: `c${i}`, period, closedAt, ...h }, analyze(syntheticTeam(12, 100 + 4900 * p + i), { by: "role" }));
    return c ? [c] : [];
  }));
}

export function cases(): BenchCase[] {
  const first = contributions(2000, [["Høst 2025", "2025-12-01T00:00:00Z"], ["Vår 2026", "2026-06-01T00:00:00Z"]]);
  // Later: 30 of the cases not yet measured close their spring round, and one case is deleted.
  const late = contributions(2000, [["Vår 2026", "2026-06-15T00:00:00Z"]]).filter((_, i) => i % 7 === 6).slice(0, 30);
  const later = [...first.filter((c) => c.caseKey !== "c3"), ...late];
  const options = { publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5 };
  const previous = publishRelease(first, { ...options, id: "r1" });
  return [
    {
      name: "protected release: every table of 2 000 cases in two periods (min 5)",
      targetMs: 2000, minRuns: 3,
      run: () => publishRelease(first, { ...options, id: "r1" }),
    },
    {
      name: "next release, linked to the first: 30 more closed rounds, one case deleted",
      targetMs: 2000, minRuns: 3,
      run: () => publishRelease(later, { ...options, id: "r2", previous }),
    },
  ];
}

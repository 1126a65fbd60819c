// Aggregate bench: 2 000 analysed cases (12 members each) → role-pair matrix, breakdowns, round change, protected releases.
import type { BenchCase } from "./types.ts";
import { analyze } from "../analysis/analyze.ts";
import { aggregateRolePairs, publishRelease, roundChange } from "../analysis/aggregate/index.ts";
import type { ReleaseContribution } from "../analysis/aggregate/release-types.ts";
import type { CaseResult } from "../analysis/aggregate/types.ts";
import { prng, syntheticTeam } from "./fixtures.ts";

const DISTRICTS = ["Heimdal", "Lerkendal", "Midtbyen", "Østbyen"];

/** `count` role-level case results (analysed once, outside the timed runs) in districts and ~40 units. */
function caseResults(count: number, round: string, seed: number): CaseResult[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const district = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
    return {
      caseId: `c${i}`, district, unit: `${district} ${Math.floor(rand() * 10)}`, round,
      result: analyze(syntheticTeam(12, seed + i), { by: "role" }),
    };
  });
}

/** Release input: each result's role-pair scores; a case keeps the unit it has in `home` (same index). */
function contributions(results: CaseResult[], home: CaseResult[], closedAt: string): ReleaseContribution[] {
  return results.map((r, i) => {
    const role = new Map(r.result.nodes.map((n) => [n.id, n.role]));
    const scores = r.result.edges
      .filter((e) => role.get(e.source) !== role.get(e.target))
      .map((e) => ({ rater: role.get(e.source) as string, target: role.get(e.target) as string, score: e.score }));
    return { caseKey: r.caseId, period: r.round, district: home[i].district, unit: home[i].unit, closedAt, scores };
  });
}

export function cases(): BenchCase[] {
  const autumn = caseResults(2000, "Høst 2025", 100);
  const spring = caseResults(2000, "Vår 2026", 5000);
  // Every seventh case is not measured again in spring; later, 30 more spring rounds close and one case is deleted.
  const first = [...contributions(autumn, autumn, "2025-12-01T00:00:00Z"), ...contributions(spring, autumn, "2026-06-01T00:00:00Z").filter((_, i) => i % 7 !== 6)];
  const later = [...first.filter((c) => c.caseKey !== "c3"), ...contributions(spring, autumn, "2026-06-15T00:00:00Z").filter((_, i) => i % 7 === 6).slice(0, 30)];
  const options = { publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5 };
  const previous = publishRelease(first, { ...options, id: "r1" });
  return [
    { name: "aggregate 2 000 cases × 12 members, total only", targetMs: 200, minRuns: 5, run: () => aggregateRolePairs(autumn) },
    {
      name: "aggregate 2 000 cases, total + district + unit breakdowns",
      targetMs: 500, minRuns: 5,
      run: () => aggregateRolePairs(autumn, { groupBy: ["district", "unit"] }),
    },
    {
      name: "round change, 2 000 cases in two rounds, by district",
      targetMs: 500, minRuns: 5,
      run: () => roundChange([...autumn, ...spring], { from: "Høst 2025", to: "Vår 2026", groupBy: "district" }),
    },
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

// Aggregate bench: 2 000 analysed cases (12 members each) → role-pair matrix, breakdowns, round change.
import type { BenchCase } from "./types.ts";
import { analyze } from "../analysis/analyze.ts";
import { aggregateRolePairs, roundChange } from "../analysis/aggregate/index.ts";
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

export function cases(): BenchCase[] {
  const autumn = caseResults(2000, "Høst 2025", 100);
  const spring = caseResults(2000, "Vår 2026", 5000);
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
  ];
}

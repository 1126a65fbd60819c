// Generated case results for the aggregate tests: a seeded PRNG, role-level results, and the raw pair scores behind them.
import type { AnalysisEdge, AnalysisResult } from "../../../analysis/types.ts";
import type { CaseResult } from "../../../analysis/aggregate/types.ts";
import { prng } from "../../../bench/fixtures.ts";

export const ROLES = ["BHG", "SR", "SKLær", "PPT", "HEGE", "ØBC", "FORÆ", "KOORD"];

/** A role-level result from raw scores "rater→target" (weak = score ≤ 3.5). */
export function resultOf(roles: string[], scores: Map<string, number>): AnalysisResult {
  const edges: AnalysisEdge[] = [...scores].map(([k, score]) => {
    const [source, target] = k.split("→");
    return { source, target, score, n: 7, weak: score <= 3.5, band: score <= 3.5 ? "weak" : score <= 4 ? "moderate" : "strong" };
  });
  return {
    threshold: 3.5,
    nodes: roles.map((r) => ({ id: r, role: r, label: r, responded: true, outMean: null, inMean: null, weakOut: 0, weakIn: 0, betweenness: 0 })),
    edges, weakLinks: [], asymmetries: [],
    summary: { nodes: roles.length, raters: roles.length, responseRate: 1, meanScore: null, weakShare: null, reciprocity: null, alpha: null },
  };
}

export interface Generated extends CaseResult {
  result: AnalysisResult;
  scores: Map<string, number>;
}

/** `count` cases in `rounds`, spread over districts and units; each case has 3–all roles and ~80 % of pairs scored. */
export function generateCases(count: number, seed: number, rounds = ["R1"], roles = ROLES): Generated[] {
  const rand = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const district = pick(["Heimdal", "Lerkendal", "Midtbyen", "Østbyen"]);
    const unit = `${district}-${pick(["skole A", "skole B", "barnehage Å"])}`;
    const members = roles.filter(() => rand() < 0.7);
    const caseRoles = members.length >= 3 ? members : roles.slice(0, 3);
    for (const round of rounds) {
      if (rounds.length > 1 && rand() < 0.15) continue;
      const scores = new Map<string, number>();
      for (const r of caseRoles) for (const t of caseRoles) {
        if (r !== t && rand() < 0.8) scores.set(`${r}→${t}`, Math.round((1 + rand() * 4) * 10) / 10);
      }
      out.push({ caseId: `c${i}`, district, unit, round, result: resultOf(caseRoles, scores), scores });
    }
  }
  return out;
}

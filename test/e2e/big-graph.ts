// A generated analysis result of n nodes (seeded, ~4 out-links each) to time the first graph frame of a large graph.
import type { AnalysisResult } from "../../analysis/types.ts";

const ROLES = ["BHG", "SR", "SKLed", "SKLær", "PPT", "HEGE", "FYS", "TALE", "PSYK", "ØBC", "FORÆ", "KOORD"];

export function bigAnalysis(n: number, seed = 42): AnalysisResult {
  let s = seed;
  const rnd = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`, role: ROLES[i % ROLES.length], label: `${ROLES[i % ROLES.length]}-${i}`,
    responded: true, outMean: 4, inMean: 4, weakOut: 0, weakIn: 0, betweenness: 0,
  }));
  const edges: AnalysisResult["edges"] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 4; k++) {
      const j = Math.floor(rnd() * n);
      if (j === i || seen.has(`${i}-${j}`)) continue;
      seen.add(`${i}-${j}`);
      const score = Math.round((1 + rnd() * 4) * 10) / 10;
      const band = score <= 3.5 ? "weak" : score <= 4 ? "moderate" : "strong";
      edges.push({ source: `m${i}`, target: `m${j}`, score, weak: band === "weak", band, n: 7, raters: 1 });
    }
  }
  const weakLinks = edges.filter((e) => e.weak).map(({ source, target, score }) => ({ source, target, score })).sort((a, b) => a.score - b.score);
  return {
    threshold: 3.5, nodes, edges, weakLinks: weakLinks.slice(0, 50), asymmetries: [],
    summary: { nodes: n, raters: n, responseRate: 1, meanScore: 3, weakShare: weakLinks.length / edges.length, reciprocity: 0, alpha: null },
  };
}

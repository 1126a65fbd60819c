// Deterministic synthetic teams and graphs for the analysis bench (seeded PRNG, no I/O).
import { DirectedGraph } from "graphology";
import type { AnalyzeInput } from "../analysis/analyze.ts";
import { DEFAULT_ITEMS } from "../analysis/items.ts";
import type { AnalysisGraph } from "../analysis/graph.ts";

const ROLES = ["BHG", "SR", "SKLed", "SKLær", "PPT", "HEGE", "FYS", "TALE", "PSYK", "ØBC", "FORÆ", "KOORD"];

/** mulberry32: small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A team of `size` members, each (but ~10 % non-responders) rating every other on the 7 items; ~5 % N/A. */
export function syntheticTeam(size: number, seed: number): AnalyzeInput {
  const rand = prng(seed);
  const nodes = Array.from({ length: size }, (_, i) => {
    const role = ROLES[Math.floor(rand() * ROLES.length)];
    return { id: `m${i}`, role, label: `${role} ${i}` };
  });
  const ratings: NonNullable<AnalyzeInput["ratings"]> = [];
  for (const rater of nodes) {
    if (rand() < 0.1) continue;
    const base = 1 + rand() * 4;
    for (const target of nodes) {
      if (target === rater) continue;
      for (const item of DEFAULT_ITEMS) {
        const v = rand() < 0.05 ? null : Math.min(5, Math.max(1, Math.round(base + (rand() - 0.5) * 2)));
        ratings.push({ rater: rater.id, target: target.id, item, value: v });
      }
    }
  }
  return { nodes, ratings, items: [...DEFAULT_ITEMS] };
}

/** A random directed graph: `order` nodes, `outDegree` distinct targets each, scores uniform in 1–5. */
export function syntheticGraph(order: number, outDegree: number, seed: number): AnalysisGraph {
  const rand = prng(seed);
  const graph: AnalysisGraph = new DirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { role: "SR", label: `n${i}`, responded: true });
  for (let i = 0; i < order; i++) {
    for (let d = 0; d < outDegree; d++) {
      const j = Math.floor(rand() * order);
      if (j !== i && !graph.hasDirectedEdge(`n${i}`, `n${j}`)) {
        graph.addDirectedEdge(`n${i}`, `n${j}`, { score: 1 + Math.round(rand() * 40) / 10, n: 1 });
      }
    }
  }
  return graph;
}

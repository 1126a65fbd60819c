// Test helpers: tiny analysis graphs and inputs written as "a>b:score" lists.
import { SEED_DIR } from "../seeds.ts";
import { buildGraph, type AnalysisGraph } from "../../analysis/graph.ts";
import type { AnalyzeInput } from "../../analysis/analyze.ts";

/** Parse "a>b:4.5" strings into scored pairs. */
export function pairs(spec: string[]) {
  return spec.map((s) => {
    const [ends, score] = s.split(":");
    const [source, target] = ends.split(">");
    return { source, target, score: Number(score), n: 1 };
  });
}

/** A graph over `ids` with the given "a>b:score" edges. */
export function graphOf(ids: string[], spec: string[]): AnalysisGraph {
  return buildGraph({ nodes: ids.map((id) => ({ id, role: id, label: id, responded: true })), pairs: pairs(spec) });
}

/** analyze() input of imported pair scores over `ids`. */
export function pairInput(ids: string[], spec: string[]): AnalyzeInput {
  return {
    nodes: ids.map((id) => ({ id, role: id, label: id })),
    pairScores: pairs(spec).map((p) => ({ rater: p.source, target: p.target, score: p.score })),
  };
}

export { SEED_DIR };

// Network figures of an analysis result for the meeting view: density, in/out degree and reciprocity over answered pairs.
import { answeredReciprocity, type AnsweredReciprocity } from "../../../analysis/answered-reciprocity.ts";
import { degrees, type Degree } from "../../../analysis/degree.ts";
import { density } from "../../../analysis/density.ts";
import { buildGraph } from "../../../analysis/graph.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";

export interface RoundMetrics {
  density: number;
  reciprocity: AnsweredReciprocity;
  degrees: Map<string, Degree>;
}

/** Computes the figures with the analysis layer's pure functions on the result's own graph and threshold. */
export function roundMetrics(a: AnalysisResult): RoundMetrics {
  const g = buildGraph({ nodes: a.nodes, pairs: a.edges });
  return { density: density(g, a.threshold), reciprocity: answeredReciprocity(g, a.threshold), degrees: degrees(g, a.threshold) };
}

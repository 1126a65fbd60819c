// Per-node means and weak-link counts: outMean (given), inMean (received), weakOut, weakIn.
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";
import { exactMean } from "./sum.ts";

export interface NodeStats {
  /** Mean of the node's outgoing pair scores (what it gives), null when it rated nobody. */
  outMean: number | null;
  /** Mean of the incoming pair scores (what it receives), null when nobody rated it. */
  inMean: number | null;
  weakOut: number;
  weakIn: number;
}

/**
 * outMean(v) = mean of score(v→u), inMean(v) = mean of score(u→v) over the scored edges;
 * weakOut / weakIn = number of those edges with score ≤ threshold.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5.
 */
export function nodeStats(graph: AnalysisGraph, threshold = 3.5): Map<string, NodeStats> {
  checkGraph("nodeStats", graph, threshold);
  const stats = new Map<string, NodeStats>();
  graph.forEachNode((node) => {
    const out: number[] = [];
    const inc: number[] = [];
    let weakOut = 0;
    let weakIn = 0;
    graph.forEachOutEdge(node, (_e, { score }) => {
      out.push(score);
      if (isWeak(score, threshold)) weakOut++;
    });
    graph.forEachInEdge(node, (_e, { score }) => {
      inc.push(score);
      if (isWeak(score, threshold)) weakIn++;
    });
    stats.set(node, { outMean: exactMean(out), inMean: exactMean(inc), weakOut, weakIn });
  });
  return stats;
}

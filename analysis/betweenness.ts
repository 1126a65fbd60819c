// Betweenness of each node in the directed graph of non-weak links: who holds the team together.
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { nonWeakSubgraph, checkGraph, type AnalysisGraph } from "./graph.ts";

/**
 * Betweenness centrality C_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st (Freeman 1977; Brandes 2001),
 * computed by graphology-metrics on the directed graph of links above the threshold,
 * unweighted (each link counts as one step) and not normalised.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5; weak links are removed first.
 */
export function nonWeakBetweenness(graph: AnalysisGraph, threshold = 3.5): Record<string, number> {
  checkGraph("nonWeakBetweenness", graph, threshold);
  return betweenness(nonWeakSubgraph(graph, threshold));
}

/**
 * Betweenness C_B(v) of every node (Brandes 2001, graphology-metrics), each edge one step, not
 * normalised; the caller removes the weak links first (see analyze() and `nonWeakBetweenness`).
 */
export function betweenness(graph: AnalysisGraph): Record<string, number> {
  checkGraph("betweenness", graph);
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
}

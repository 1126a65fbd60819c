// Density of the non-weak graph: the share of all possible directed links that work (score above the threshold).
import { directedDensity } from "graphology-metrics/graph/density.js";
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";

/**
 * Density D = m / (n · (n − 1)), where n is the number of nodes and m the number of links a→b (a ≠ b) scored above
 * the threshold: the share of all possible directed links between different nodes that work well (Wasserman & Faust
 * 1994, §4.2.1; graphology-metrics `directedDensity`). Self-loops (members of one role rating each other when folded
 * by role) are left out. 0 with fewer than two nodes.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5: a link counts when its score is above it.
 */
export function density(graph: AnalysisGraph, threshold = 3.5): number {
  checkGraph("density", graph, threshold);
  let links = 0;
  graph.forEachEdge((_e, { score }, source, target) => {
    if (source !== target && !isWeak(score, threshold)) links++;
  });
  return directedDensity(graph.order, links);
}

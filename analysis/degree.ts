// In- and out-degree of each node in the non-weak graph: how many others a node works well with, received and given.
import { checkGraph, nonWeakSubgraph, type AnalysisGraph } from "./graph.ts";

export interface Degree {
  /** deg⁻(v): links u→v above the threshold (others who rate their collaboration with v as good). */
  in: number;
  /** deg⁺(v): links v→u above the threshold (others v rates the collaboration with as good). */
  out: number;
}

/**
 * In-degree deg⁻(v) = |{u ≠ v : score(u→v) > threshold}| and out-degree deg⁺(v) = |{u ≠ v : score(v→u) > threshold}|
 * in the directed graph of non-weak links (Wasserman & Faust 1994, §4.2.1), self-loops left out; computed with
 * graphology's `inDegreeWithoutSelfLoops` / `outDegreeWithoutSelfLoops` on that subgraph.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5.
 * @returns a map from node id to its degrees, for every node of the graph.
 */
export function degrees(graph: AnalysisGraph, threshold = 3.5): Map<string, Degree> {
  checkGraph("degrees", graph, threshold);
  const strong = nonWeakSubgraph(graph, threshold);
  const out = new Map<string, Degree>();
  strong.forEachNode((node) => out.set(node, { in: strong.inDegreeWithoutSelfLoops(node), out: strong.outDegreeWithoutSelfLoops(node) }));
  return out;
}

// The graph builder: a directed graphology graph of nodes and scored pairs, and its non-weak subgraph.
import { DirectedGraph } from "graphology";
import type { ScoredNodes, ScoredPair } from "./fold.ts";
import { isWeak } from "./bands.ts";

export type NodeAttributes = { role: string; label: string; responded: boolean };
export type EdgeAttributes = { score: number; n: number };
export type AnalysisGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Directed graph: one node per member (or role), one edge a→b per scored pair, attributes `score` and `n`. */
export function buildGraph(scored: ScoredNodes): AnalysisGraph {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { id, role, label, responded } of scored.nodes) graph.addNode(id, { role, label, responded });
  addEdges(graph, scored.pairs);
  return graph;
}

/** Add one edge a→b per pair (the endpoints must be in the graph already). */
export function addEdges(graph: AnalysisGraph, pairs: readonly ScoredPair[]): void {
  for (const p of pairs) graph.addDirectedEdge(p.source, p.target, { score: p.score, n: p.n });
}

/** Throws naming `fn` unless `graph` is a directed graphology graph and `threshold` a finite number. */
export function checkGraph(fn: string, graph: AnalysisGraph, threshold?: number): void {
  if (!graph || typeof graph.forEachEdge !== "function" || graph.type !== "directed") {
    throw new Error(`${fn}: the given graph is not a directed graphology graph.`);
  }
  if (threshold !== undefined && (typeof threshold !== "number" || !Number.isFinite(threshold))) {
    throw new Error(`${fn}: option "threshold" must be a finite number, got ${JSON.stringify(threshold)}.`);
  }
}

/** Same nodes, only the edges above the threshold (the links that carry the team). */
export function nonWeakSubgraph(graph: AnalysisGraph, threshold: number): AnalysisGraph {
  checkGraph("nonWeakSubgraph", graph, threshold);
  const sub = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((node, attrs) => sub.addNode(node, attrs));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (!isWeak(attrs.score, threshold)) sub.addDirectedEdge(source, target, attrs);
  });
  return sub;
}

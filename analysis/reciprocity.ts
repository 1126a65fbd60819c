// Reciprocity of the non-weak graph: share of its edges whose reverse edge is also non-weak.
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";

/**
 * Reciprocity r = |{a→b non-weak : b→a non-weak}| / |{a→b non-weak}| (the standard
 * edge-reciprocity of a directed graph, Wasserman & Faust 1994, §13.2, applied to the
 * graph of links above the threshold). Self-loops are left out. Null when there is no
 * non-weak edge.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5.
 */
export function reciprocity(graph: AnalysisGraph, threshold = 3.5): number | null {
  checkGraph("reciprocity", graph, threshold);
  let strong = 0;
  let mutual = 0;
  graph.forEachEdge((_e, { score }, source, target) => {
    if (source === target || isWeak(score, threshold)) return;
    strong++;
    const back = graph.directedEdge(target, source);
    if (back !== undefined && !isWeak(graph.getEdgeAttribute(back, "score"), threshold)) mutual++;
  });
  return strong === 0 ? null : mutual / strong;
}

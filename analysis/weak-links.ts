// Weak links: edges with score ≤ threshold (seed: "3.5 = Lav"), sorted by score, source, target.
import type { WeakLink } from "./types.ts";
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";
import { compareIds } from "./order.ts";

/**
 * All edges a→b with score(a→b) ≤ threshold, sorted by score ascending, then source, then
 * target (docs/design.md, Formats).
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5.
 */
export function weakLinks(graph: AnalysisGraph, threshold = 3.5): WeakLink[] {
  checkGraph("weakLinks", graph, threshold);
  const links: WeakLink[] = [];
  graph.forEachEdge((_e, { score }, source, target) => {
    if (isWeak(score, threshold)) links.push({ source, target, score });
  });
  return links.sort((a, b) => a.score - b.score || compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

// Asymmetries: pairs rated in both directions whose scores differ by at least the gap.
import type { Asymmetry } from "./types.ts";
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { EPSILON } from "./bands.ts";

/**
 * Pairs {a, b} with both a→b and b→a scored and |a→b − b→a| ≥ gap (docs/design.md: gap 1.0).
 * `a` is the node that comes first in the graph's node order. Sorted by gap descending,
 * then by node order of a and b. Self-loops are not pairs and are skipped.
 *
 * @param graph - analysis graph (edge attribute `score`).
 * @param gap   - minimum absolute difference, default 1.0.
 */
export function asymmetries(graph: AnalysisGraph, gap = 1.0): Asymmetry[] {
  checkGraph("asymmetries", graph);
  if (typeof gap !== "number" || !Number.isFinite(gap) || gap <= 0) {
    throw new Error(`asymmetries: option "gap" must be a positive number, got ${JSON.stringify(gap)}.`);
  }
  const position = new Map(graph.nodes().map((id, i) => [id, i]));
  const found: Asymmetry[] = [];
  graph.forEachEdge((_e, { score: ab }, a, b) => {
    if (a === b || position.get(a)! > position.get(b)!) return;
    const back = graph.directedEdge(b, a);
    if (back === undefined) return;
    const ba = graph.getEdgeAttribute(back, "score");
    const diff = Math.abs(ab - ba);
    if (diff >= gap - EPSILON) found.push({ a, b, ab, ba, gap: diff });
  });
  return found.sort(
    (x, y) => y.gap - x.gap || position.get(x.a)! - position.get(y.a)! || position.get(x.b)! - position.get(y.b)!,
  );
}

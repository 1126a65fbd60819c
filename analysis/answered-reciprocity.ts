// Reciprocity among the links that were answered from both sides: a non-answer is counted apart, never as a one-way link.
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";

export interface AnsweredReciprocity {
  /** r = mutual / answered; null when no non-weak link has an answered reverse. */
  reciprocity: number | null;
  /** Non-weak links a→b whose reverse b→a is scored (the links r is computed over). */
  answered: number;
  /** Of those, the links whose reverse is non-weak too. */
  mutual: number;
  /** Non-weak links a→b whose reverse b→a has no score (b did not answer about a): left out of r. */
  unanswered: number;
}

/**
 * Reciprocity over answered pairs: r = |{a→b non-weak : b→a non-weak}| / |{a→b non-weak : b→a scored}|, the standard
 * edge reciprocity of a directed graph (Wasserman & Faust 1994, §13.2) restricted to the links whose reverse was
 * answered. A link whose reverse is missing — the other side did not answer, or answered "don't know" — says nothing
 * about whether the collaboration is mutual, so it is counted in `unanswered` instead of lowering r (the plain
 * `reciprocity` counts it as not reciprocated). Self-loops are left out.
 *
 * @param graph     - analysis graph (edge attribute `score`).
 * @param threshold - weak-link limit, default 3.5.
 */
export function answeredReciprocity(graph: AnalysisGraph, threshold = 3.5): AnsweredReciprocity {
  checkGraph("answeredReciprocity", graph, threshold);
  let answered = 0;
  let mutual = 0;
  let unanswered = 0;
  graph.forEachEdge((_e, { score }, source, target) => {
    if (source === target || isWeak(score, threshold)) return;
    const back = graph.directedEdge(target, source);
    if (back === undefined) {
      unanswered++;
      return;
    }
    answered++;
    if (!isWeak(graph.getEdgeAttribute(back, "score"), threshold)) mutual++;
  });
  return { reciprocity: answered === 0 ? null : mutual / answered, answered, mutual, unanswered };
}

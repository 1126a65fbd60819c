// The case over time: key figures per round and every directed pair's score across the rounds, from each round's analysis.
import { answeredReciprocity } from "./answered-reciprocity.ts";
import { buildGraph } from "./graph.ts";
import type { AnalysisResult, NodeInfo } from "./types.ts";

/** Figures of one round; null where the round has nothing to show (no result, or no scored link). */
export interface RoundFigures {
  responseRate: number | null;
  meanScore: number | null;
  weakShare: number | null;
  reciprocity: number | null;
  unanswered: number;
  links: number;
  weak: number;
}

export interface TimelineSeries {
  /** One entry per round, in the order given. */
  figures: RoundFigures[];
  /** Every node of some round, in order of first appearance. */
  nodes: NodeInfo[];
  /** Each directed pair a → b (a ≠ b) scored in some round, with its score per round (null = not scored then). */
  pairs: { source: string; target: string; scores: (number | null)[] }[];
}

const NONE: RoundFigures = { responseRate: null, meanScore: null, weakShare: null, reciprocity: null, unanswered: 0, links: 0, weak: 0 };

/**
 * Lines up the analyses of a case's rounds (oldest first; null = the round could not be analysed this way).
 * Per round: response rate, mean score and weak share as the analysis computed them (weakShare = weak links /
 * scored links, the counts given as `links`, `weak`), and reciprocity over answered pairs
 * r = |{a→b non-weak : b→a non-weak}| / |{a→b non-weak : b→a scored}| (answered-reciprocity.ts), so that a round
 * where fewer people answered does not read as less mutual. Per pair: the score a → b in each round. Self-loops
 * (members of one role rating each other at role level) are left out of the pairs.
 */
export function caseTimeline(results: readonly (AnalysisResult | null)[]): TimelineSeries {
  const nodes = new Map<string, NodeInfo>();
  const pairs = new Map<string, { source: string; target: string; scores: (number | null)[] }>();
  const figures = results.map((r, i): RoundFigures => {
    if (!r) return NONE;
    for (const n of r.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { id: n.id, role: n.role, label: n.label });
    for (const e of r.edges) {
      if (e.source === e.target) continue;
      const key = `${e.source}\u0000${e.target}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { source: e.source, target: e.target, scores: results.map(() => null) }));
      pair.scores[i] = e.score;
    }
    const graph = buildGraph({ nodes: r.nodes, pairs: r.edges });
    const recip = answeredReciprocity(graph, r.threshold);
    return {
      responseRate: r.summary.responseRate,
      meanScore: r.summary.meanScore,
      weakShare: r.summary.weakShare,
      reciprocity: recip.reciprocity,
      unanswered: recip.unanswered,
      links: r.edges.length,
      weak: r.edges.filter((e) => e.weak).length,
    };
  });
  const ranks = new Map([...nodes.keys()].map((id, i) => [id, i]));
  const rank = (id: string) => ranks.get(id) ?? 0;
  const sorted = [...pairs.values()].sort((x, y) => rank(x.source) - rank(y.source) || rank(x.target) - rank(y.target));
  return { figures, nodes: [...nodes.values()], pairs: sorted };
}

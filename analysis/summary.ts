// Per-case summary: nodes, raters, response rate, mean score, weak share, reciprocity, alpha.
import type { AnalysisSummary } from "./types.ts";
import { checkGraph, type AnalysisGraph } from "./graph.ts";
import { isWeak } from "./bands.ts";
import { reciprocity } from "./reciprocity.ts";
import { exactMean } from "./sum.ts";

/**
 * Case summary of an analysis graph:
 * - nodes, raters (nodes that responded);
 * - responseRate = respondents / members (member level, also when folded by role);
 * - meanScore = mean of the edge (pair) scores (compensated sum: independent of edge order), weakShare = weak edges / scored edges;
 * - reciprocity of the non-weak graph (see reciprocity.ts); alpha is passed in.
 */
export function summarize(
  graph: AnalysisGraph,
  threshold: number,
  members: { members: number; respondents: number },
  alpha: number | null,
): AnalysisSummary {
  checkGraph("summarize", graph, threshold);
  let raters = 0;
  graph.forEachNode((_n, attrs) => {
    if (attrs.responded) raters++;
  });
  const scores: number[] = [];
  let weak = 0;
  graph.forEachEdge((_e, { score }) => {
    scores.push(score);
    if (isWeak(score, threshold)) weak++;
  });
  const edges = graph.size;
  return {
    nodes: graph.order,
    raters,
    responseRate: members.members === 0 ? 0 : members.respondents / members.members,
    meanScore: exactMean(scores),
    weakShare: edges === 0 ? null : weak / edges,
    reciprocity: reciprocity(graph, threshold),
    alpha,
    members: members.members,
    respondents: members.respondents,
  };
}

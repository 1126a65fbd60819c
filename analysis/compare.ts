// Round comparison: per pair and per node change between two analyses of one case, weak links closed/opened.
import type { AnalysisNode, AnalysisResult, NodeChange, PairChange, RoundComparison, WeakLinkChange } from "./types.ts";
import { compareIds } from "./order.ts";

const diff = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined ? null : b - a;

function check(result: AnalysisResult, name: string): void {
  if (!result || !Array.isArray(result.nodes) || !Array.isArray(result.edges) || !result.summary) {
    throw new Error(`compareRounds: "${name}" is not an analysis result.`);
  }
}

/**
 * Compare two rounds (before → after) of the same case. Pairs and nodes are matched by id;
 * every change is after − before (null when either side is missing). A weak link is closed
 * when it was weak before and is scored and not weak after; opened when it is weak after and
 * was not weak before (scored above the threshold, or not scored). Each side uses its own
 * threshold. Pairs and nodes keep the order of `before`, then the new ones of `after`.
 */
export function compareRounds(before: AnalysisResult, after: AnalysisResult): RoundComparison {
  check(before, "before");
  check(after, "after");
  const key = (s: string, t: string) => `${s}\u0000${t}`;
  const edgesAfter = new Map(after.edges.map((e) => [key(e.source, e.target), e]));
  const edgesBefore = new Map(before.edges.map((e) => [key(e.source, e.target), e]));
  const pairs: PairChange[] = [];
  for (const b of before.edges) {
    const a = edgesAfter.get(key(b.source, b.target));
    pairs.push({ source: b.source, target: b.target, before: b.score, after: a?.score ?? null, change: diff(b.score, a?.score), weakBefore: b.weak, weakAfter: a?.weak ?? null });
  }
  for (const a of after.edges) {
    if (edgesBefore.has(key(a.source, a.target))) continue;
    pairs.push({ source: a.source, target: a.target, before: null, after: a.score, change: null, weakBefore: null, weakAfter: a.weak });
  }
  const toChange = (p: PairChange): WeakLinkChange => ({ source: p.source, target: p.target, before: p.before, after: p.after });
  const byIds = (x: WeakLinkChange, y: WeakLinkChange) => compareIds(x.source, y.source) || compareIds(x.target, y.target);
  const weakClosed = pairs.filter((p) => p.weakBefore === true && p.weakAfter === false).map(toChange).sort(byIds);
  const weakOpened = pairs.filter((p) => p.weakAfter === true && p.weakBefore !== true).map(toChange).sort(byIds);

  const nodesAfter = new Map(after.nodes.map((n) => [n.id, n]));
  const nodesBefore = new Map(before.nodes.map((n) => [n.id, n]));
  const nodeChange = (id: string, b?: AnalysisNode, a?: AnalysisNode): NodeChange => ({
    id,
    inBefore: b !== undefined,
    inAfter: a !== undefined,
    outMean: diff(b?.outMean, a?.outMean),
    inMean: diff(b?.inMean, a?.inMean),
    weakOut: diff(b?.weakOut, a?.weakOut),
    weakIn: diff(b?.weakIn, a?.weakIn),
    betweenness: diff(b?.betweenness, a?.betweenness),
  });
  const nodes = [
    ...before.nodes.map((b) => nodeChange(b.id, b, nodesAfter.get(b.id))),
    ...after.nodes.filter((a) => !nodesBefore.has(a.id)).map((a) => nodeChange(a.id, undefined, a)),
  ];
  const s0 = before.summary;
  const s1 = after.summary;
  return {
    pairs,
    nodes,
    weakClosed,
    weakOpened,
    summary: {
      before: s0,
      after: s1,
      meanScore: diff(s0.meanScore, s1.meanScore),
      weakShare: diff(s0.weakShare, s1.weakShare),
      reciprocity: diff(s0.reciprocity, s1.reciprocity),
      responseRate: diff(s0.responseRate, s1.responseRate),
    },
  };
}

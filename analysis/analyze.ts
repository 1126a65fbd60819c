// analyze(): ratings or pair scores → graph, weak links, asymmetries, node metrics and case summary.
import type { AnalysisEdge, AnalysisNode, AnalysisResult, ItemRating, NodeInfo, PairScoreInput } from "./types.ts";
import { resolveOptions, type AnalyzeOptions } from "./options.ts";
import { dimensionItems, resolveItems, type ItemSpec } from "./items.ts";
import { collectPairs } from "./pair-scores.ts";
import { foldByRole, memberScores } from "./fold.ts";
import { addEdges, buildGraph } from "./graph.ts";
import { band, isWeak } from "./bands.ts";
import { weakLinks } from "./weak-links.ts";
import { asymmetries } from "./asymmetry.ts";
import { nodeStats } from "./node-stats.ts";
import { betweenness } from "./betweenness.ts";
import { pairsAlpha } from "./alpha.ts";
import { summarize } from "./summary.ts";
import { applyDisplay } from "./display.ts";

export interface AnalyzeInput {
  /** Every member, non-responders included. */
  nodes: NodeInfo[];
  /** Item-level answers (value null = N/A). */
  ratings?: ItemRating[];
  /** Imported pair scores (rounds brought in from matrices). */
  pairScores?: PairScoreInput[];
  /**
   * The instrument's items in order, each with its subscore group (`{ id, group }`, as in the
   * instrument definition; a bare id has no group). Default: the default instrument's items when the
   * ratings use only those, else the rated item ids without groups.
   */
  items?: readonly ItemSpec[];
  /**
   * Node ids that are rated but not asked to rate in this input (e.g. a family seat that answers the
   * family form). They stay targets but leave the response-rate denominator.
   */
  targetsOnly?: string[];
}

/** How many of the input's nodes are targets only (unknown ids are an input error). */
function countTargetsOnly(input: AnalyzeInput): number {
  if (input.targetsOnly === undefined) return 0;
  if (!Array.isArray(input.targetsOnly)) throw new Error(`analyze: input "targetsOnly" must be an array of node ids.`);
  const ids = new Set(input.nodes.map((n) => n.id));
  const unknown = input.targetsOnly.find((id) => !ids.has(id));
  if (unknown !== undefined) throw new Error(`analyze: input "targetsOnly" names "${unknown}", which is not a node.`);
  return new Set(input.targetsOnly).size;
}

/** Items are distinct ids, or `{ id, group }` objects with string fields. */
function checkItems(items: unknown): void {
  if (items === undefined) return;
  const ids = Array.isArray(items)
    ? items.map((i: unknown) => (typeof i === "string" ? i : i && typeof i === "object" && typeof (i as { id: unknown }).id === "string" ? (i as { id: string }).id : null))
    : null;
  const groupsOk = Array.isArray(items) && items.every((i) => typeof i === "string" || i.group === undefined || typeof i.group === "string");
  if (!ids || ids.some((id) => !id) || !groupsOk || new Set(ids).size !== ids.length) {
    throw new Error(`analyze: input "items" must be an array of distinct item ids or { id, group } items.`);
  }
}

function checkNodes(nodes: unknown): Map<string, number> {
  if (!Array.isArray(nodes)) throw new Error(`analyze: input "nodes" must be an array.`);
  const index = new Map<string, number>();
  nodes.forEach((node: NodeInfo, i) => {
    if (!node || typeof node.id !== "string" || node.id === "" || typeof node.role !== "string") {
      throw new Error(`analyze: input "nodes[${i}]" must have a non-empty string id and a string role.`);
    }
    if (index.has(node.id)) throw new Error(`analyze: input "nodes" has the id "${node.id}" twice.`);
    index.set(node.id, i);
  });
  return index;
}

/**
 * Analyse one case round (docs/design.md, Analysis conventions). Pure: no I/O, input not mutated.
 *
 * @throws an Error naming `analyze` and the option or input field when something is invalid.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): AnalysisResult {
  const opts = resolveOptions("analyze", options);
  if (!input || typeof input !== "object") throw new Error(`analyze: input must be an object.`);
  const index = checkNodes(input.nodes);
  const ratings = input.ratings ?? [];
  const pairScores = input.pairScores ?? [];
  if (!Array.isArray(ratings)) throw new Error(`analyze: input "ratings" must be an array.`);
  if (!Array.isArray(pairScores)) throw new Error(`analyze: input "pairScores" must be an array.`);
  checkItems(input.items);
  if (opts.dimension !== "all" && (ratings.length === 0 || pairScores.length > 0)) {
    throw new Error(`analyze: option "dimension" ("${opts.dimension}") needs item-level ratings only, not pair scores.`);
  }
  const items = resolveItems(input.items, ratings.map((r) => r.item));
  const ids = items.map((i) => i.id);
  const dims = dimensionItems("analyze", items, opts.dimension).map((id) => ids.indexOf(id));
  const collected = collectPairs("analyze", input.nodes, index, ids, ratings, pairScores);

  const members = memberScores(input.nodes, collected, dims);
  const folded = opts.by === "role" ? foldByRole(members) : members;
  // The display setting decides which cells exist at all, so every figure below is computed from what is shown.
  const shown = applyDisplay(folded.pairs, opts.display);
  const scored = { nodes: folded.nodes, pairs: shown.pairs };
  const { threshold } = opts;
  // Build the non-weak graph first for betweenness, then add the weak links: one graph, built once.
  const weak = scored.pairs.filter((p) => isWeak(p.score, threshold));
  const graph = buildGraph({ nodes: scored.nodes, pairs: scored.pairs.filter((p) => !isWeak(p.score, threshold)) });
  const centrality = betweenness(graph);
  addEdges(graph, weak);
  const stats = nodeStats(graph, threshold);
  const nodes: AnalysisNode[] = scored.nodes.map(({ id, role, label, responded }) => ({
    id,
    role,
    label,
    responded,
    ...stats.get(id)!,
    betweenness: centrality[id] ?? 0,
  }));
  const edges: AnalysisEdge[] = scored.pairs.map(({ source, target, score, n, raters }) => ({
    source,
    target,
    score,
    weak: isWeak(score, threshold),
    band: band(score, opts.bands),
    n,
    raters: raters ?? 1,
  }));
  const alpha = ratings.length > 0 ? pairsAlpha(collected.pairs, dims) : null;
  const respondents = collected.responded.filter(Boolean).length;
  return {
    threshold,
    dimension: opts.dimension,
    by: opts.by,
    nodes,
    edges,
    weakLinks: weakLinks(graph, threshold),
    asymmetries: asymmetries(graph, opts.asymmetryGap),
    summary: summarize(graph, threshold, { members: input.nodes.length - countTargetsOnly(input), respondents }, alpha),
    ...(options.display === undefined ? {} : { display: { mode: opts.display, hiddenCells: shown.hidden } }),
  };
}

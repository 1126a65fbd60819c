// Dense role×role (or member×member) view of an analysis result: rows rate columns, null = missing.
import type { AnalysisNode, AnalysisResult } from "../types.ts";

export interface DenseMatrix {
  nodes: AnalysisNode[];
  /** Unique display names, one per node, in node order. */
  names: string[];
  /** `scores[i][j]` = score of row node i about column node j, or null (missing, diagonal, not responded). */
  scores: (number | null)[][];
  weak: boolean[][];
}

/**
 * Display names for matrix headers: the node label, or its id when the label is empty; when two nodes
 * share a name the id is appended in parentheses so every header stays unique.
 */
export function uniqueNames(nodes: AnalysisNode[]): string[] {
  const base = nodes.map((n) => n.label || n.id);
  const seen = new Map<string, number>();
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  return base.map((b, i) => ((seen.get(b) ?? 0) > 1 ? `${b} (${nodes[i].id})` : b));
}

/** Builds the dense matrix in the result's node order. */
export function toDenseMatrix(result: AnalysisResult): DenseMatrix {
  const index = new Map(result.nodes.map((n, i) => [n.id, i]));
  const size = result.nodes.length;
  const scores = Array.from({ length: size }, () => Array<number | null>(size).fill(null));
  const weak = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const e of result.edges) {
    const i = index.get(e.source);
    const j = index.get(e.target);
    if (i === undefined || j === undefined) throw new Error(`edge ${e.source}→${e.target} names an unknown node`);
    scores[i][j] = e.score;
    weak[i][j] = e.weak;
  }
  return { nodes: result.nodes, names: uniqueNames(result.nodes), scores, weak };
}

/** Role of every node id, for formats that list rater and target roles. */
export function roleOf(result: AnalysisResult): (id: string) => string {
  const roles = new Map(result.nodes.map((n) => [n.id, n.role]));
  return (id) => roles.get(id) ?? "";
}

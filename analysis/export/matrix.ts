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
 * Display names for headers and sheets: the node label, else its role, else its id; when several
 * nodes share a name they are numbered in node order, "HEGE (1)", "HEGE (2)", so every name stays
 * unique and no internal id is shown.
 */
export function uniqueNames(nodes: Pick<AnalysisNode, "id" | "label" | "role">[]): string[] {
  const base = nodes.map((n) => n.label || n.role || n.id);
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const used = new Set(base.filter((b) => count.get(b) === 1));
  const last = new Map<string, number>();
  return base.map((b) => {
    if (count.get(b) === 1) return b;
    let k = last.get(b) ?? 0;
    let name: string;
    do name = `${b} (${++k})`;
    while (used.has(name));
    last.set(b, k);
    used.add(name);
    return name;
  });
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

/**
 * `names` each passed through `clean` (a format's rules for a label), kept distinct: a name that
 * cleaning makes equal to an earlier one gets a number, "A (2)" or, with another `suffix`, "A_2".
 */
export function distinctNames(names: string[], clean: (name: string) => string, suffix = (base: string, k: number) => `${base} (${k})`): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = clean(name);
    let label = base;
    for (let k = 2; used.has(label); k++) label = suffix(base, k);
    used.add(label);
    return label;
  });
}

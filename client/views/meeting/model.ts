// Helpers over an analysis result for the meeting view: node names, edge lookup, node in/out link lists, the pair lists' props.
import type { AnalysisEdge, AnalysisNode, AnalysisResult } from "../../../analysis/types.ts";
import type { RoleDef } from "../../../domain/index.ts";
import type { Lang } from "../../i18n/index.ts";
import { longNames } from "../../graph/names.ts";
import type { Focus } from "../../graph/renderer.ts";

export interface NodeNames {
  /** Short label as in the seed matrices (e.g. "HEGE"). */
  short: (id: string) => string;
  /** Full, readable name (role name in the user's language, plus label for members). */
  long: (id: string) => string;
}

export function nodeNames(a: Pick<AnalysisResult, "nodes">, roles: RoleDef[], lang: Lang): NodeNames {
  const byId = new Map(a.nodes.map((n) => [n.id, n]));
  const long = longNames([...byId.values()], roles, lang);
  return {
    short: (id) => byId.get(id)?.label || id,
    long: (id) => long.get(id) ?? id,
  };
}

/** Lookup key of the directed pair s → t (for edgeMap and role × role cell maps). */
export const edgeKey = (s: string, t: string) => `${s}\u0000${t}`;

export function edgeMap(a: AnalysisResult): Map<string, AnalysisEdge> {
  return new Map(a.edges.map((e) => [edgeKey(e.source, e.target), e]));
}
/** Distinct raters behind an edge's score (analysis JSON `raters`; 1 per member pair when absent). */
export const ratersOf = (e: AnalysisEdge): number => e.raters ?? 1;

export function linksOf(a: AnalysisResult, id: string): { out: AnalysisEdge[]; in: AnalysisEdge[] } {
  const byScore = (x: AnalysisEdge, y: AnalysisEdge) => x.score - y.score;
  return {
    out: a.edges.filter((e) => e.source === id).sort(byScore),
    in: a.edges.filter((e) => e.target === id).sort(byScore),
  };
}

export function rolesPresent(nodes: AnalysisNode[]): string[] {
  return [...new Set(nodes.map((n) => n.role))];
}

/** Whether `focus` is the pair a–b (either direction): the list item that put it there is marked. */
export function isActivePair(focus: Focus, a: string, b: string): boolean {
  return !!focus && "pair" in focus && focus.pair.includes(a) && focus.pair.includes(b);
}

/** The props of the meeting's pair lists (links to strengthen, asymmetries): each item can show its pair in the graph. */
export interface PairListProps {
  analysis: AnalysisResult;
  names: NodeNames;
  /** What «Vis i grafen» shows now (its item is marked). */
  active?: Focus;
  onFocusPair: (a: string, b: string) => void;
  /** The printed handout lists this many, in the list's order (each list has its own default). */
  printLimit?: number;
}

// Analysis result → graphology graph with display attributes (role colours, sizes, band-coloured curved edges).
import Graph from "graphology";
import type { AnalysisNode, AnalysisResult } from "../../analysis/types.ts";
import { BAND_COLOUR } from "./palette.ts";

export type SizeBy = "in" | "betweenness";

export interface BuildOptions {
  sizeBy: SizeBy;
  colourOf: (role: string) => string;
  /** Multiplies node and edge sizes (presentation mode). */
  scale?: number;
  /** The name written beside a node (default: its short label, e.g. "HEGE"). */
  labelOf?: (n: AnalysisNode) => string;
  /** The score as written on a focused edge (default: one decimal). */
  formatScore?: (v: number) => string;
}

/** Sum of incoming pair scores per node. */
export function inStrength(a: AnalysisResult): Map<string, number> {
  const m = new Map(a.nodes.map((n) => [n.id, 0]));
  for (const e of a.edges) m.set(e.target, (m.get(e.target) ?? 0) + e.score);
  return m;
}

export function nodeSizes(a: AnalysisResult, sizeBy: SizeBy, scale = 1): Map<string, number> {
  const values = sizeBy === "in" ? inStrength(a) : new Map(a.nodes.map((n) => [n.id, n.betweenness]));
  const max = Math.max(0, ...values.values());
  scale *= a.nodes.length > 40 ? Math.max(0.25, Math.sqrt(40 / a.nodes.length)) : 1;
  const out = new Map<string, number>();
  for (const n of a.nodes) out.set(n.id, (10 + (max > 0 ? (14 * (values.get(n.id) ?? 0)) / max : 4)) * scale);
  return out;
}

/** The directed graph the renderer draws (filled by buildGraph's output or a transition). */
export const emptyGraph = (): Graph => new Graph({ type: "directed", multi: false });

export function buildGraph(a: AnalysisResult, o: BuildOptions): Graph {
  const g = new Graph({ type: "directed", multi: false });
  const sizes = nodeSizes(a, o.sizeBy, o.scale);
  const scale = o.scale ?? 1;
  for (const n of a.nodes) {
    g.addNode(n.id, { label: o.labelOf?.(n) ?? n.label, short: n.label, size: sizes.get(n.id), color: o.colourOf(n.role), role: n.role, x: 0, y: 0 });
  }
  for (const e of a.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || e.source === e.target) continue;
    g.addDirectedEdgeWithKey(`${e.source}->${e.target}`, e.source, e.target, {
      color: BAND_COLOUR[e.band],
      size: (e.band === "weak" ? 3.6 : 2.8) * scale,
      dashed: e.band === "weak",
      band: e.band,
      score: e.score,
      scoreText: o.formatScore ? o.formatScore(e.score) : e.score.toFixed(1),
      type: "curved",
    });
  }
  return g;
}

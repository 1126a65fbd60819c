// Helpers of the evaluator view: filters ↔ URL query, and an aggregate matrix as an analysis result for GraphView.
import type { AggregateCell, AggregateMatrix } from "../../../analysis/aggregate/types.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { AggregateAnswer, AggregateQuery } from "../../api/endpoints.ts";
import type { Band } from "../../graph/palette.ts";

export interface EvaluatorFilters {
  district: string;
  /** Period of the release; empty = its latest. */
  period: string;
  by: "" | "district" | "unit" | "round";
  /** A released change table (consecutive periods); both empty = none. */
  from: string;
  to: string;
}

const KEYS = ["district", "period", "by", "from", "to"] as const;

export function filtersFromQuery(q: URLSearchParams): EvaluatorFilters {
  const by = q.get("by");
  return {
    district: q.get("district") ?? "",
    period: q.get("period") ?? "",
    by: by === "district" || by === "unit" || by === "round" ? by : "",
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
  };
}

export function filtersToQuery(f: EvaluatorFilters): string {
  const q = new URLSearchParams();
  for (const k of KEYS) if (f[k]) q.set(k, f[k]);
  return q.toString();
}

/** The role-pair query (no change period). */
export function pairsQuery(f: EvaluatorFilters): Omit<AggregateQuery, "from" | "to"> {
  return { district: f.district, period: f.period, by: f.by || undefined };
}

/** The band of a mean score: weak at or below the threshold, moderate up to max(4, threshold), strong above. */
export const band = (score: number, threshold: number): Band => (score <= threshold ? "weak" : score <= Math.max(4, threshold) ? "moderate" : "strong");

/**
 * Roles as nodes and every shown (not suppressed, with a mean) cell as an edge a→b, so that the existing graph
 * draws the aggregate. Suppressed cells never become edges.
 */
export function aggregateAsAnalysis(answer: AggregateAnswer, matrix: AggregateMatrix<AggregateCell>): AnalysisResult {
  const threshold = answer.meta.threshold;
  const shown = matrix.cells.filter((c): c is AggregateCell & { mean: number; n: number } => !c.suppressed && c.mean !== null && c.n !== null && c.n > 0);
  const roles = answer.roles.filter((r) => shown.some((c) => c.rater === r || c.target === r));
  const edges = shown.map((c) => {
    const b = band(c.mean, threshold);
    return { source: c.rater, target: c.target, score: c.mean, weak: b === "weak", band: b, n: c.n } as const;
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const nodes = roles.map((r) => ({
    id: r,
    role: r,
    label: r,
    responded: edges.some((e) => e.source === r),
    outMean: mean(edges.filter((e) => e.source === r).map((e) => e.score)),
    inMean: mean(edges.filter((e) => e.target === r).map((e) => e.score)),
    weakOut: edges.filter((e) => e.source === r && e.weak).length,
    weakIn: edges.filter((e) => e.target === r && e.weak).length,
    betweenness: 0,
  }));
  const weakLinks = edges
    .filter((e) => e.weak)
    .map(({ source, target, score }) => ({ source, target, score }))
    .sort((a, b) => a.score - b.score || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return {
    threshold,
    nodes,
    edges: [...edges],
    weakLinks,
    asymmetries: [],
    summary: {
      nodes: nodes.length,
      raters: nodes.filter((n) => n.responded).length,
      responseRate: 1,
      meanScore: mean(edges.map((e) => e.score)),
      weakShare: edges.length ? weakLinks.length / edges.length : null,
      reciprocity: null,
      alpha: null,
    },
  };
}

/** Role pairs most often links to strengthen across cases (shown cells only), highest share first. */
export function mostOftenWeak(cells: AggregateCell[], limit = 8): AggregateCell[] {
  return cells
    .filter((c) => !c.suppressed && c.weakShare !== null && c.weakShare > 0)
    .sort((a, b) => b.weakShare! - a.weakShare! || (a.mean ?? 0) - (b.mean ?? 0))
    .slice(0, limit);
}

// Shapes of the cross-case aggregates: case results in, role-pair matrices with suppression flags out.
import type { AnalysisEdge, AnalysisNode, AnalysisResult } from "../types.ts";

/** What the aggregates read of a case's role-level analysis: its threshold, node roles and edge scores. */
export interface AggregateSource {
  threshold: AnalysisResult["threshold"];
  nodes: Pick<AnalysisNode, "id" | "role">[];
  edges: Pick<AnalysisEdge, "source" | "target" | "score" | "weak">[];
}

/** One analysed case in one round, with the labels the aggregates group by. */
export interface CaseResult {
  /** Stable key of the case (its id or pseudonymous code); matches the same case across rounds. */
  caseId: string;
  district: string;
  unit: string;
  /** Round or period name, e.g. "2025 høst". */
  round: string;
  /** Role-level analysis (`by: "role"`), or the part of it the aggregates read; member-level results are folded by node role here. */
  result: AggregateSource;
}

export type GroupBy = "district" | "unit" | "round";

/**
 * Why a cell is hidden: too few cases itself; the same cell without the district/period/instrument filters
 * differs from it by too few cases ("difference"); or hidden so that another hidden cell cannot be recovered.
 */
export type SuppressionReason = "min-n" | "difference" | "complementary";

/** One role pair (rater rates target) across the cases of a matrix. Suppressed ⇒ every number is null. */
export interface AggregateCell {
  rater: string;
  target: string;
  /** Number of case results with a score for this pair (a case counts once per round). */
  n: number | null;
  mean: number | null;
  median: number | null;
  /** Share of those case results where the pair is a weak link (score ≤ the case's threshold). */
  weakShare: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

/** A role×role matrix over a set of case results: the total (group null) or one group of a breakdown. */
export interface AggregateMatrix<C = AggregateCell> {
  group: string | null;
  /** Number of case results in the matrix (any pair); null when suppressed like a cell. */
  cases: number | null;
  /** Every ordered pair of distinct roles, rows (raters) in role order, then columns. */
  cells: C[];
}

export interface Breakdown<C = AggregateCell> {
  by: GroupBy;
  groups: AggregateMatrix<C>[];
}

export interface RolePairAggregate {
  minCases: number;
  roles: string[];
  total: AggregateMatrix;
  breakdowns: Breakdown[];
}

/** Round-to-round change of one role pair: mean and median of (to − from) over cases in both rounds. */
export interface ChangeCell {
  rater: string;
  target: string;
  n: number | null;
  meanDelta: number | null;
  medianDelta: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface RoundChangeAggregate {
  from: string;
  to: string;
  minCases: number;
  roles: string[];
  total: AggregateMatrix<ChangeCell>;
  breakdowns: Breakdown<ChangeCell>[];
}

// Shapes of an aggregate: what it reads of a round's analysis, and every role pair of a matrix as one request sees a release.
import type { AnalysisEdge, AnalysisNode, AnalysisResult } from "../types.ts";

/** What the aggregates read of a case's role-level analysis: its threshold, node roles and edge scores. */
export interface AggregateSource {
  threshold: AnalysisResult["threshold"];
  nodes: Pick<AnalysisNode, "id" | "role">[];
  edges: Pick<AnalysisEdge, "source" | "target" | "score" | "weak">[];
}

/** Why a cell has no numbers: hidden — whether empty, too small or protecting another cell (they look the same). */
export type SuppressionReason = "hidden";

/** One role pair (rater rates target) of a period table as a view shows it. Hidden ⇒ every number is null. */
export interface AggregateCell {
  rater: string;
  target: string;
  /** Distinct cases with the pair scored. */
  n: number | null;
  mean: number | null;
  median: number | null;
  /** Share of those cases whose pair score is ≤ the release's threshold. */
  weakShare: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** Release the values were computed in (an earlier one: carried); null when hidden. */
  asOf: string | null;
}

/** One role pair of a change table: mean and median of (later − earlier) over the cases measured in both. */
export interface ChangeCell {
  rater: string;
  target: string;
  n: number | null;
  meanDelta: number | null;
  medianDelta: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  asOf: string | null;
}

/** A role×role matrix: the group the request is about (group null) or one group of a breakdown. */
export interface AggregateMatrix<C = AggregateCell> {
  group: string | null;
  /** Cases behind the group; null when it is not published. */
  cases: number | null;
  /** Release the group's count was computed in; null when not published. */
  asOf: string | null;
  /** Every ordered pair of distinct roles, rows (raters) in role order, then columns. */
  cells: C[];
}

export interface Breakdown<C = AggregateCell> {
  by: "district" | "unit" | "round";
  groups: AggregateMatrix<C>[];
}

/** What one request sees of a release. */
export interface ReleaseView<C = AggregateCell> {
  roles: string[];
  total: AggregateMatrix<C>;
  breakdowns: Breakdown<C>[];
}

// Shapes of a protected release: what goes in (one contribution per case and period), what is published, and the links to the next release.

/** One case measured in one period: its latest closed round of that name, as role-pair scores. */
export interface ReleaseContribution {
  /** Stable key of the case across releases (its id or a pseudonym); never published. */
  caseKey: string;
  /** Period = round name, e.g. "Høst 2025". */
  period: string;
  district: string;
  unit: string;
  /** When the round closed (ISO 8601); the periods are ordered by their earliest close. */
  closedAt: string;
  /** Role-level pair scores (dimension "all": the mean over the instrument's items), at most one per ordered role pair. */
  scores: { rater: string; target: string; score: number }[];
}

/** Pair scores packed: the role names, then per pair the rater's index, the target's index and the score. */
export interface PackedScores {
  roles: string[];
  flat: number[];
}

/** A contribution with its scores packed (no object per score, for large municipalities). */
export type PackedContribution = Omit<ReleaseContribution, "scores"> & { scores: PackedScores };

export type GeoLevel = "total" | "district" | "unit";

/** Values of a published role-pair cell of a period table. */
export interface PairValues {
  /** Distinct cases with the pair scored. */
  n: number;
  mean: number;
  median: number;
  /** Share of the n cases whose pair score is ≤ the release's threshold. */
  weakShare: number;
}

/** Values of a published role-pair cell of a change table (cases with the pair scored in both periods). */
export interface ChangeValues {
  n: number;
  meanDelta: number;
  medianDelta: number;
}

/** A published cell; `asOf` is the release it was computed in (earlier than the release itself: carried). */
export type PublishedCell<V> = { rater: string; target: string; asOf: string } & V;

/** One published group (the total, a district or a unit) of a table. Hidden groups are left out, unnamed. */
export interface ReleaseMatrix<V> {
  level: GeoLevel;
  district: string | null;
  unit: string | null;
  /** Distinct cases in the group (period table) or measured in both periods (change table), as of `asOf`. */
  cases: number;
  asOf: string;
  /** Published cells only: every other pair of the release's roles is hidden, whether empty or too small. */
  cells: PublishedCell<V>[];
}

export interface PeriodTable {
  kind: "period";
  period: string;
  matrices: ReleaseMatrix<PairValues>[];
}

export interface ChangeTable {
  kind: "change";
  from: string;
  to: string;
  matrices: ReleaseMatrix<ChangeValues>[];
}

/** Everything evaluators can obtain, protected together (analysis/aggregate/release.ts). */
export interface Release {
  id: string;
  publishedAt: string;
  minCases: number;
  threshold: number;
  /** The pair score (mean over every item); item dimensions are not published. */
  dimension: "all";
  /** Periods with a published table, oldest first. */
  periods: string[];
  /** Roles of the published cells, catalogue order first. */
  roles: string[];
  periodTables: PeriodTable[];
  /** Change between consecutive periods. */
  changeTables: ChangeTable[];
}

/**
 * Classes and released rows of one series (the case sets, or one role pair), in class coordinates. A
 * row is a list of signed class ids: +c when the class's members enter with +1, −c for the earlier side
 * of a change.
 */
export interface SeriesLinks {
  /** Class id of each key of `ReleaseLinks.keys` (same index); 0 when it is in no released row of this series. */
  classOf: number[];
  /** [class id, count]: contributions in released rows that no longer exist (deleted cases, changed scores). */
  phantoms: [number, number][];
  /** Highest class id. */
  classes: number;
  /** Linearly independent released rows. */
  rows: number[][];
  /** Each cell's row when it was last published (for the rule on cells that changed by a few cases). */
  cells: [string, number[]][];
}

/** What the next release must know about every earlier one: which contributions were published together. */
export interface ReleaseLinks {
  format: 1;
  threshold: number;
  /** Contribution keys: [case key, period, version of the scores]. */
  keys: [string, string, string][];
  /** "*" for the case sets (group counts), and one entry per role pair ("rater→target"). */
  series: Record<string, SeriesLinks>;
}

export interface ReleaseOptions {
  id: string;
  publishedAt: string;
  /** Smallest number of cases behind a published number (integer ≥ 1). */
  minCases: number;
  /** Weak-link threshold of the weak shares, fixed for the whole history of releases. */
  threshold: number;
  /** The release before this one and its links; absent for the first release. */
  previous?: { release: Release; links: ReleaseLinks } | null;
}

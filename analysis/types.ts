// Input and output shapes of the analysis layer (docs/design.md "Analysis JSON").

/** A node of the analysed graph: a member, or a role when folded with `by: "role"`. */
export interface NodeInfo {
  id: string;
  role: string;
  label: string;
}

/** One item-level rating (null = N/A, missing). */
export interface ItemRating {
  rater: string;
  target: string;
  item: string;
  value: number | null;
}

/** One imported pair score a→b (rounds brought in from matrices). */
export interface PairScoreInput {
  rater: string;
  target: string;
  score: number;
}

export interface AnalysisNode extends NodeInfo {
  responded: boolean;
  outMean: number | null;
  inMean: number | null;
  weakOut: number;
  weakIn: number;
  betweenness: number;
}

export interface AnalysisEdge {
  source: string;
  target: string;
  score: number;
  weak: boolean;
  band: "weak" | "moderate" | "strong";
  /** Number of ratings behind the score (items × rater–target pairs; 1 per pair for imported scores). */
  n: number;
  /**
   * Number of distinct rater members behind the score: 1 for a member-level pair; for a role-level
   * cell the distinct members of the rater role folded in. Always set by analyze(); optional so that
   * results built elsewhere (older JSON, generated data) stay valid.
   */
  raters?: number;
}

export interface WeakLink {
  source: string;
  target: string;
  score: number;
}

export interface Asymmetry {
  a: string;
  b: string;
  ab: number;
  ba: number;
  gap: number;
}

export interface AnalysisSummary {
  nodes: number;
  raters: number;
  responseRate: number;
  meanScore: number | null;
  weakShare: number | null;
  reciprocity: number | null;
  alpha: number | null;
  /** Members in the input before any folding into roles. */
  members?: number;
  /** Members who gave at least one answer (non-N/A item or pair score); responseRate = respondents / members. */
  respondents?: number;
}

export interface AnalysisResult {
  threshold: number;
  nodes: AnalysisNode[];
  edges: AnalysisEdge[];
  weakLinks: WeakLink[];
  asymmetries: Asymmetry[];
  summary: AnalysisSummary;
  /** Case and round, set on results of a long CSV (one result per case and round). */
  case?: string;
  round?: string;
  /** Dimension the scores are for: "all", an item id, "communication" or "relationship". */
  dimension?: string;
  /** Whether nodes are members or roles. */
  by?: "member" | "role";
  /**
   * Set when the analysis was asked for a display setting (a survey round's, analysis/display.ts): the mode, the
   * scored cells it left out, and members left out whole (a family seat that did not agree to be shown).
   */
  display?: { mode: "direction" | "pairs" | "min2"; hiddenCells: number; hiddenMembers?: number };
}

/** A square matrix of scores: `rows[i][j]` is labels[i] → labels[j]; null = missing. */
export interface ScoreMatrix {
  labels: string[];
  rows: (number | null)[][];
}

/** Change of one directed pair between two rounds. */
export interface PairChange {
  source: string;
  target: string;
  before: number | null;
  after: number | null;
  /** after − before, null when either side is missing. */
  change: number | null;
  weakBefore: boolean | null;
  weakAfter: boolean | null;
}

/** Change of one node's metrics between two rounds (null where the node is absent or the value missing). */
export interface NodeChange {
  id: string;
  inBefore: boolean;
  inAfter: boolean;
  outMean: number | null;
  inMean: number | null;
  weakOut: number | null;
  weakIn: number | null;
  betweenness: number | null;
}

/** A weak link that was closed (now above the threshold) or opened (now at or below it). */
export interface WeakLinkChange {
  source: string;
  target: string;
  before: number | null;
  after: number | null;
}

export interface RoundComparison {
  pairs: PairChange[];
  nodes: NodeChange[];
  weakClosed: WeakLinkChange[];
  weakOpened: WeakLinkChange[];
  summary: {
    before: AnalysisSummary;
    after: AnalysisSummary;
    meanScore: number | null;
    weakShare: number | null;
    reciprocity: number | null;
    responseRate: number | null;
  };
}

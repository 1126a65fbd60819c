// Input and output shapes of the analysis layer (DESIGN.md "Analysis JSON").

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
}

export interface AnalysisResult {
  threshold: number;
  nodes: AnalysisNode[];
  edges: AnalysisEdge[];
  weakLinks: WeakLink[];
  asymmetries: Asymmetry[];
  summary: AnalysisSummary;
}

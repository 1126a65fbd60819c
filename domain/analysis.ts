// The analysis of one round as the API takes its options and answers it (analysis/ computes it; docs/design.md describes it).
import { z } from "zod";

/** Query of GET /api/rounds/:id/analysis (and of the exports, which add `format`). */
export const AnalysisQuery = z
  .object({
    by: z.enum(["member", "role"]).default("member"),
    threshold: z.coerce.number().min(1).max(5).optional(),
    dimension: z.string().min(1).max(40).default("all"),
    asymmetryGap: z.coerce.number().gt(0).max(4).optional(),
    /** Count drafts too (default: only submitted answer sets). */
    includeDrafts: z.enum(["true", "false"]).default("false"),
  })
  .strict();
export type AnalysisQuery = z.infer<typeof AnalysisQuery>;

/** A node: a member, or a role when folded with `by=role`. */
export const AnalysisNode = z.object({
  id: z.string(),
  role: z.string(),
  label: z.string(),
  responded: z.boolean(),
  outMean: z.number().nullable(),
  inMean: z.number().nullable(),
  weakOut: z.number().int(),
  weakIn: z.number().int(),
  betweenness: z.number(),
});

/** A directed edge rater → rated with its mean score and band. */
export const AnalysisEdge = z.object({
  source: z.string(),
  target: z.string(),
  score: z.number(),
  weak: z.boolean(),
  band: z.enum(["weak", "moderate", "strong"]),
  /** Ratings behind the score. */
  n: z.number().int(),
  /** Distinct rater members behind the score. */
  raters: z.number().int().optional(),
});

export const WeakLink = z.object({ source: z.string(), target: z.string(), score: z.number() });
export const Asymmetry = z.object({ a: z.string(), b: z.string(), ab: z.number(), ba: z.number(), gap: z.number() });

export const AnalysisSummary = z.object({
  nodes: z.number().int(),
  raters: z.number().int(),
  responseRate: z.number(),
  meanScore: z.number().nullable(),
  weakShare: z.number().nullable(),
  reciprocity: z.number().nullable(),
  alpha: z.number().nullable(),
  members: z.number().int().optional(),
  respondents: z.number().int().optional(),
});

/** The analysis JSON (analysis/types.ts AnalysisResult). */
export const AnalysisResult = z.object({
  threshold: z.number(),
  nodes: z.array(AnalysisNode),
  edges: z.array(AnalysisEdge),
  weakLinks: z.array(WeakLink),
  asymmetries: z.array(Asymmetry),
  summary: AnalysisSummary,
  case: z.string().optional(),
  round: z.string().optional(),
  dimension: z.string().optional(),
  by: z.enum(["member", "role"]).optional(),
  /** The round's display setting as applied: mode, scored cells left out, family seats left out whole. */
  display: z
    .object({ mode: z.enum(["direction", "pairs", "min2"]), hiddenCells: z.number().int().min(0), hiddenMembers: z.number().int().min(0).optional() })
    .optional(),
});

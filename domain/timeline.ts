// The case over time: key figures per round and each pair's score across the rounds (GET /api/cases/:id/timeline).
import { z } from "zod";
import { AnalysisQuery } from "./analysis.ts";
import { Id, Timestamp } from "./ids.ts";
import { RoundSource, RoundStatus } from "./round.ts";

/** Query of the timeline: the level, threshold and dimension every round is analysed with. */
export const TimelineQuery = AnalysisQuery.pick({ by: true, threshold: true, dimension: true }).strict();
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/** One round's figures; the numbers are null when the round has none (no answers, or the dimension does not fit it). */
export const TimelineRound = z.object({
  id: Id,
  name: z.string(),
  status: RoundStatus,
  source: RoundSource,
  /** When the round was measured: closed, else opened, else created. */
  date: Timestamp,
  /** False when the round cannot be analysed with this dimension (another instrument). */
  available: z.boolean(),
  responseRate: z.number().nullable(),
  meanScore: z.number().nullable(),
  weakShare: z.number().nullable(),
  /** Reciprocity over answered pairs (the meeting view's): non-response is counted apart, never as one-way. */
  reciprocity: z.number().nullable(),
  /** Non-weak links whose reverse was not answered (left out of `reciprocity`). */
  unanswered: z.number().int(),
  /** Scored links and, of them, weak ones. */
  links: z.number().int(),
  weak: z.number().int(),
});
export type TimelineRound = z.infer<typeof TimelineRound>;

/** A directed pair (rater → target) with its score in each round, in the order of `rounds` (null = not scored). */
export const TimelinePair = z.object({ source: z.string(), target: z.string(), scores: z.array(z.number().nullable()) });
export type TimelinePair = z.infer<typeof TimelinePair>;

/** GET /api/cases/:id/timeline: every round of the case that is not a draft, oldest first. */
export const TimelineView = z.object({
  caseId: Id,
  by: z.enum(["member", "role"]),
  threshold: z.number(),
  dimension: z.string(),
  rounds: z.array(TimelineRound),
  /** Every node that appears in some round (members, or roles with `by=role`). */
  nodes: z.array(z.object({ id: z.string(), role: z.string(), label: z.string() })),
  pairs: z.array(TimelinePair),
});
export type TimelineView = z.infer<typeof TimelineView>;

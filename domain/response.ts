// Response schemas: item-level ratings (survey rounds) and pair scores (imported rounds).
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";

/** 1–5, 5 is best; null = "not applicable / don't know" (missing, never 0). */
export const RatingValue = z.number().int().min(1).max(5).nullable();

export const Rating = z.object({ target: Id, item: z.string().min(1).max(40), value: RatingValue });
export type Rating = z.infer<typeof Rating>;

/** One stored rating with its rater and time (docs/design.md: rater, target, item, value, time). */
export const Response = Rating.extend({ rater: Id, at: Timestamp });
export type Response = z.infer<typeof Response>;

/** A respondent's whole answer set in one round; a save replaces it. */
export const AnswerSet = z.object({
  roundId: Id,
  memberId: Id,
  ratings: z.array(Rating).max(2000),
  submitted: z.boolean(),
  updatedAt: Timestamp,
  submittedAt: Timestamp.nullable().default(null),
});
export type AnswerSet = z.infer<typeof AnswerSet>;

/** Body of PUT /api/s/:token (docs/design.md HTTP contract). */
export const AnswerInput = z.object({ ratings: z.array(Rating).max(2000), submit: z.boolean().default(false) }).strict();
export type AnswerInput = z.infer<typeof AnswerInput>;

/** Pair score a→b for rounds imported from matrices. */
export const PairScore = z.object({ rater: Id, target: Id, score: z.number().min(1).max(5) });
export type PairScore = z.infer<typeof PairScore>;

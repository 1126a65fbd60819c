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
  /**
   * SHA-256 (hex) of the secret in the device cookie set when the set was first saved through its link: only that
   * browser is shown the stored answers (server/routes/survey/device.ts). Absent on sets saved before devices were bound.
   */
  deviceHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** A family seat's choice: its row and column may be shown in the team's analysis (absent = not shown). */
  showInMeeting: z.boolean().optional(),
});
export type AnswerSet = z.infer<typeof AnswerSet>;

/** Body of PUT /api/s/:token (docs/design.md HTTP contract). */
export const AnswerInput = z
  .object({
    ratings: z.array(Rating).max(2000),
    submit: z.boolean().default(false),
    /** Family seats only: may the team's analysis show their row and column? Omitted: the stored choice stays. */
    showInMeeting: z.boolean().optional(),
  })
  .strict();
export type AnswerInput = z.infer<typeof AnswerInput>;

/** Pair score a→b for rounds imported from matrices. */
export const PairScore = z.object({ rater: Id, target: Id, score: z.number().min(1).max(5) });
export type PairScore = z.infer<typeof PairScore>;

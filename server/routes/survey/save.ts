// Saving a respondent's answers: place them in the survey's cells (or refuse them), then store the set durably.
import { unprocessable, type AnswerSet, type Issue, type Rating } from "../../../domain/index.ts";
import { placeRatings, type AnswerIssue, type AnswerIssueCode } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import type { SurveyContext } from "./context.ts";

/** What PUT /api/s/:token answers: when the set was saved, whether it is submitted, how many ratings it holds. */
export interface SaveReceipt {
  savedAt: string;
  submitted: boolean;
  count: number;
}

const MESSAGES: Record<AnswerIssueCode, string> = {
  self_rating: "A respondent does not rate themselves.",
  unknown_target: "Not a member this survey asks about.",
  unknown_item: "Not a question this survey asks about that member.",
  duplicate: "This question about this member is answered twice.",
  missing: "Not answered yet (N/A counts as an answer).",
};

/** Placement problems as issues, with the dotted path of the rating when there is one. */
function toIssues(issues: AnswerIssue[]): Issue[] {
  return issues.map((i) => ({
    ...(i.index === undefined ? {} : { path: `ratings.${i.index}` }), code: i.code, message: MESSAGES[i.code], target: i.target, item: i.item,
  }));
}

/**
 * The ratings in the survey's order. Throws LagetError `invalid_ratings` for ratings about anyone or anything this
 * survey does not ask (or twice), and `incomplete` when a submit leaves questions unanswered. Values are left as
 * they are: the domain schema checked them at the boundary.
 */
export function placeAnswers<V>(ctx: SurveyContext, ratings: readonly { target: string; item: string; value: V }[], submit: boolean) {
  const placed = placeRatings(ratings, ctx.scope, submit);
  const wrong = placed.issues.filter((i) => i.code !== "missing");
  if (wrong.length > 0) throw unprocessable("invalid_ratings", "Some ratings are about members or items not in this survey.", toIssues(wrong));
  if (placed.issues.length > 0) throw unprocessable("incomplete", "Answer every item (or N/A) before submitting.", toIssues(placed.issues));
  return placed.ratings;
}

/**
 * Replaces the respondent's stored set with `ratings` (placed already); resolves with the receipt once the store has
 * it on disk. Not async on purpose: nothing but the small receipt waits for the disk, so the ratings are garbage as
 * soon as the store has encoded them.
 */
export function storeAnswers(deps: AppDeps, ctx: SurveyContext, ratings: Rating[], submitted: boolean): Promise<SaveReceipt> {
  const now = deps.now().toISOString();
  const set: AnswerSet = { roundId: ctx.round.id, memberId: ctx.rater.id, ratings, submitted, updatedAt: now, submittedAt: submitted ? now : null };
  const receipt: SaveReceipt = { savedAt: now, submitted, count: ratings.length };
  return deps.store.putAnswer(set).then(() => receipt);
}

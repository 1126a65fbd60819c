// Builds and stores a respondent's answer set; shared by the HTML form and the JSON API.
import type { AnswerSet, Rating } from "../../../domain/index.ts";
import { orderRatings } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import type { SurveyContext } from "./context.ts";

/**
 * Replaces the stored set with `ratings` (already validated by the route); resolves once the store says it is
 * durable. No second zod parse here: the store checks the shape cheaply before it writes. `ordered`: the ratings
 * are already in the scope's order (acceptAnswers), so the sort is skipped.
 */
export async function saveAnswers(deps: AppDeps, ctx: SurveyContext, ratings: Rating[], submit: boolean, ordered = false): Promise<AnswerSet> {
  const now = deps.now().toISOString();
  const set: AnswerSet = {
    roundId: ctx.round.id,
    memberId: ctx.rater.id,
    ratings: ordered ? ratings : orderRatings(ratings, ctx.scope),
    submitted: submit,
    updatedAt: now,
    submittedAt: submit ? now : null,
  };
  await deps.store.putAnswer(set);
  return set;
}

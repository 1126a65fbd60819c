// Builds and stores a respondent's answer set; shared by the HTML form and the JSON API.
import { AnswerSet, type Rating } from "../../../domain/index.ts";
import { orderRatings } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import type { SurveyContext } from "./context.ts";

/** Replaces the stored set with `ratings` (already checked); resolves once the store says it is durable. */
export async function saveAnswers(deps: AppDeps, ctx: SurveyContext, ratings: Rating[], submit: boolean): Promise<AnswerSet> {
  const now = deps.now().toISOString();
  const set = AnswerSet.parse({
    roundId: ctx.round.id,
    memberId: ctx.rater.id,
    ratings: orderRatings(ratings, ctx.scope),
    submitted: submit,
    updatedAt: now,
    submittedAt: submit ? now : null,
  });
  await deps.store.putAnswer(set);
  return set;
}

// Saving a respondent's answers: place them in the survey's cells (or refuse them), then store the set durably, bound to the browser.
import type { Context } from "hono";
import { LagetError, isFamilyRole, unprocessable, type AnswerSet, type Issue, type Rating } from "../../../domain/index.ts";
import { placeRatings, type AnswerIssue, type AnswerIssueCode } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import type { SurveyContext } from "./context.ts";
import { bindingSecret, deviceHash, deviceSecret, setDeviceCookie } from "./device.ts";

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

/** The refusal when the stored answers were saved through this link by another browser: they are neither shown nor replaced. */
export const answeredElsewhere = () =>
  new LagetError(
    "forbidden",
    "answered_on_another_device",
    "Answers were saved with this link in another browser; only that browser can see or change them. Ask for a new link to start over.",
  );

/** A family seat answering any form may choose to be shown in the team's analysis; nobody else has that choice. */
export const choosesShown = (ctx: SurveyContext) => ctx.kind !== "child" && isFamilyRole(ctx.rater.role);

/**
 * Replaces the respondent's stored set with `ratings` (placed already), bound to this browser: the set keeps the hash
 * of the browser's device secret (the one its cookie holds since it opened the form; a new one, with the cookie set
 * then, for a browser that has none). `show` is a family seat's choice to be shown (undefined keeps the stored one). Resolves with
 * the receipt once the store has it on disk; refuses with `answered_on_another_device` when another browser saved
 * the stored set through this link.
 */
export function storeAnswers(
  c: Context, deps: AppDeps, ctx: SurveyContext, ratings: Rating[], submitted: boolean, show?: boolean,
): Promise<SaveReceipt> {
  if (ctx.access === "other_device") throw answeredElsewhere();
  const { secret, fresh } = bindingSecret(ctx.access, deviceSecret(c));
  const now = deps.now().toISOString();
  const set: AnswerSet = {
    roundId: ctx.round.id, memberId: ctx.rater.id, ratings, submitted, updatedAt: now, submittedAt: submitted ? now : null,
    deviceHash: deviceHash(secret),
    ...(choosesShown(ctx) ? { showInMeeting: show ?? ctx.answer?.showInMeeting ?? false } : {}),
  };
  const receipt: SaveReceipt = { savedAt: now, submitted, count: ratings.length };
  const secure = deps.config.secureCookies;
  // Not async on purpose: nothing but the receipt and the cookie wait for the disk, so the ratings are garbage as
  // soon as the store has encoded them.
  return deps.store.putAnswer(set).then(() => {
    if (fresh) setDeviceCookie(c, secret, secure);
    return receipt;
  });
}

// Agreed actions: recorded during the meeting on a round's results, changed as they are carried out (who and when kept).
import { Action, MAX_ACTIONS_PER_CASE, conflict, notFound, type ActionCreate, type ActionPatch, type ActionView, type Case, type Round, type RoundActions, type User } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";
import { measuredRounds } from "../timeline/timeline.ts";
import type { ServiceContext } from "../context.ts";
import { assertActionFits } from "./check.ts";
import { actionViews } from "./follow-up.ts";

/** The view of one action (with its follow-up). */
async function viewOf(ctx: ServiceContext, action: Action): Promise<ActionView> {
  return (await actionViews(ctx, action.caseId, [action]))[0];
}

/**
 * Records an action agreed on the round's results. Refused (409) for a draft round, which has no results
 * yet, and once the case holds {@link MAX_ACTIONS_PER_CASE} actions; 400 when the link or the role is not the team's.
 */
export async function createAction(ctx: ServiceContext, user: User, round: Round, input: ActionCreate): Promise<ActionView> {
  if (round.status === "draft") throw conflict("round_draft", "Actions are agreed on a round's results: open the round first");
  const [members, existing] = await Promise.all([ctx.store.listMembers(round.caseId), ctx.store.listActions(round.caseId)]);
  assertActionFits(members, input.about, input.who);
  if (existing.length >= MAX_ACTIONS_PER_CASE) throw conflict("too_many_actions", `A case holds at most ${MAX_ACTIONS_PER_CASE} actions`);
  const now = ctx.now().toISOString();
  const action = Action.parse({ ...input, id: newId(), caseId: round.caseId, roundId: round.id, createdAt: now, createdBy: user.id, updatedAt: now, updatedBy: user.id });
  await ctx.store.putAction(action);
  return viewOf(ctx, action);
}

/**
 * Changes an action of this round. With `expectedUpdatedAt`, refused (409 `action_changed`) when someone changed
 * the action since; an action of another round (or none) is 404.
 */
export async function updateAction(ctx: ServiceContext, user: User, round: Round, actionId: string, patch: ActionPatch): Promise<ActionView> {
  const [members, actions] = await Promise.all([ctx.store.listMembers(round.caseId), ctx.store.listActions(round.caseId)]);
  const current = actions.find((a) => a.id === actionId && a.roundId === round.id);
  if (!current) throw notFound("Action");
  const { expectedUpdatedAt, ...change } = patch;
  if (expectedUpdatedAt !== undefined && Date.parse(expectedUpdatedAt) !== Date.parse(current.updatedAt)) {
    throw conflict("action_changed", "Someone changed this action after you loaded it: load it again and redo your change");
  }
  assertActionFits(members, change.about, change.who);
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  const action = Action.parse({ ...current, ...defined, updatedAt: ctx.now().toISOString(), updatedBy: user.id });
  await ctx.store.putAction(action);
  return viewOf(ctx, action);
}

/** The actions agreed in this round and those of earlier rounds this round follows up (their next round is this one). */
export async function roundActions(ctx: ServiceContext, round: Round): Promise<RoundActions> {
  const views = await actionViews(ctx, round.caseId, await ctx.store.listActions(round.caseId));
  return { agreed: views.filter((v) => v.roundId === round.id), followUp: views.filter((v) => v.after?.id === round.id) };
}

/** Every action of the case with its follow-up, oldest round first, then in the order they were recorded. */
export async function caseActions(ctx: ServiceContext, kase: Case): Promise<ActionView[]> {
  const [rounds, actions] = await Promise.all([measuredRounds(ctx, kase.id), ctx.store.listActions(kase.id)]);
  const at = new Map(rounds.map((r, i) => [r.id, i]));
  const order = (a: Action) => at.get(a.roundId) ?? rounds.length;
  // A stable sort: within a round, the order they were recorded in.
  return actionViews(ctx, kase.id, [...actions].sort((a, b) => order(a) - order(b)));
}

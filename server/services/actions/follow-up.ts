// Follow-up of agreed actions: the link's score in the round it was agreed and in the next round, at the level recorded.
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { Action, ActionAbout, ActionView, Round } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { analysisOrNull, measuredRounds } from "../timeline/timeline.ts";

/**
 * The score an action is about in one round's analysis: the pair score source → target (the mean of the
 * rater's answered items about the target, folded by role at role level), or for the team the round's mean
 * score (mean of its pair scores); null when it has none.
 */
export function aboutScore(result: AnalysisResult | null, about: ActionAbout): number | null {
  if (!result) return null;
  if (about.kind === "team") return result.summary.meanScore;
  return result.edges.find((e) => e.source === about.source && e.target === about.target)?.score ?? null;
}

/**
 * Each action with its round, its score then (`before`) and in the next round of the case that is not a draft
 * (`after`, null until there is one). Each round is analysed once per level and dimension asked for.
 */
export async function actionViews(ctx: ServiceContext, caseId: string, actions: Action[]): Promise<ActionView[]> {
  if (actions.length === 0) return [];
  const rounds = await measuredRounds(ctx, caseId);
  const at = new Map(rounds.map((r, i) => [r.id, i]));
  const analyses = new Map<string, Promise<AnalysisResult | null>>();
  const analysis = (round: Round, about: ActionAbout) => {
    const key = `${round.id}\u0000${about.level}\u0000${about.dimension}`;
    let pending = analyses.get(key);
    if (!pending) analyses.set(key, (pending = analysisOrNull(ctx, round, { by: about.level, dimension: about.dimension })));
    return pending;
  };
  return Promise.all(
    actions.map(async (a) => {
      const i = at.get(a.roundId);
      const round = i === undefined ? undefined : rounds[i];
      const next = i === undefined ? undefined : rounds[i + 1];
      return {
        ...a,
        round: { id: a.roundId, name: round?.name ?? "" },
        before: round ? aboutScore(await analysis(round, a.about), a.about) : null,
        after: next ? { id: next.id, name: next.name, score: aboutScore(await analysis(next, a.about), a.about) } : null,
      };
    }),
  );
}

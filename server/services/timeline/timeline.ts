// The case over time: every round that is not a draft, oldest first, analysed with one level, threshold and dimension.
import { caseTimeline } from "../../../analysis/timeline.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { LagetError, type Case, type Round, type TimelineQuery, type TimelineView } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { analyzeRound } from "../rounds/analysis.ts";

/** The case's rounds that have results to show (open or closed), oldest first. */
export async function measuredRounds(ctx: ServiceContext, caseId: string): Promise<Round[]> {
  const rounds = await ctx.store.listRounds(caseId);
  return rounds.filter((r) => r.status !== "draft").sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A round's analysis, or null when its instrument has no such dimension (the only option a round can refuse). */
export async function analysisOrNull(ctx: ServiceContext, round: Round, q: Omit<TimelineQuery, "threshold"> & { threshold?: number }): Promise<AnalysisResult | null> {
  try {
    return await analyzeRound(ctx.store, round, { ...q, includeDrafts: "false" });
  } catch (err) {
    if (err instanceof LagetError && err.kind === "invalid") return null;
    throw err;
  }
}

/** The timeline of a case (docs/design.md, "The case over time"). */
export async function caseTimelineView(ctx: ServiceContext, kase: Case, q: TimelineQuery): Promise<TimelineView> {
  const rounds = await measuredRounds(ctx, kase.id);
  const results: (AnalysisResult | null)[] = [];
  for (const round of rounds) results.push(await analysisOrNull(ctx, round, q));
  const series = caseTimeline(results);
  return {
    caseId: kase.id,
    by: q.by,
    threshold: results.find((r) => r)?.threshold ?? q.threshold ?? 3.5,
    dimension: q.dimension,
    rounds: rounds.map((r, i) => ({
      id: r.id, name: r.name, status: r.status, source: r.source,
      date: r.closedAt ?? r.openedAt ?? r.createdAt,
      available: results[i] !== null,
      ...series.figures[i],
    })),
    nodes: series.nodes,
    pairs: series.pairs,
  };
}

// Analysis of one round as its team may see it: stored answer sets (survey) or pair scores (import) → analyze() with the round's display setting.
import { analyze } from "../../../analysis/index.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { formKind, invalid, roundDisplay, type AnalysisQuery, type Round } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import type { Store } from "../../store/types.ts";
import { hiddenFamilySeats } from "./family-shown.ts";

/**
 * Runs analyze() on a round's stored data, as every caller outside this service gets it (the analysis route, the
 * exports, the meeting view, the aggregates): the round's display setting applied (analysis/display.ts) and the
 * family seats that did not agree to be shown left out whole, row and column (family-shown.ts). There is no other
 * way to a round's analysis. Invalid option combinations are `invalid`, never a crash.
 */
export async function analyzeRound(store: Store, round: Round, q: AnalysisQuery): Promise<AnalysisResult> {
  const all = await store.listMembers(round.caseId);
  const answerSets = round.source === "survey" ? await store.listAnswers(round.id) : [];
  const hidden = hiddenFamilySeats(round, all, answerSets);
  const members = all.filter((m) => !hidden.has(m.id));
  const nodes = members.map((m) => ({ id: m.id, role: m.role, label: m.label || m.role }));
  const options = { by: q.by, dimension: q.dimension, threshold: q.threshold, asymmetryGap: q.asymmetryGap, display: roundDisplay(round) };
  const known = new Set(members.map((m) => m.id));
  let input: Parameters<typeof analyze>[0];
  // Imported rounds hold pair scores (matrix files) or submitted answer sets (long files with item values).
  const imported = round.source === "import" ? await store.getPairScores(round.id) : [];
  if (imported.length > 0) {
    const pairScores = imported.filter((s) => known.has(s.rater) && known.has(s.target));
    input = { nodes, pairScores };
  } else {
    // Only team-form raters: family seats answering the family form and the child's link are never
    // raters in the team matrix; they stay targets (the team rates its collaboration with the family).
    const raters = new Set(members.filter((m) => formKind(round, m.id, m.role) === "team").map((m) => m.id));
    const stored = round.source === "survey" ? answerSets : await store.listAnswers(round.id);
    const answers = stored.filter((a) => (a.submitted || q.includeDrafts === "true") && raters.has(a.memberId));
    // The instrument's items with their groups: subscores come from the definition, never from positions.
    const items = getInstrument(round.instrumentId, round.instrumentVersion)?.items.map(({ id, group }) => ({ id, group }));
    const itemSet = new Set(items?.map((i) => i.id) ?? []);
    const usable = (target: string, rater: string, item: string) => known.has(target) && target !== rater && (!items || itemSet.has(item));
    const ratings = answers.flatMap((a) =>
      a.ratings.filter((r) => usable(r.target, a.memberId, r.item)).map((r) => ({ rater: a.memberId, target: r.target, item: r.item, value: r.value })),
    );
    const targetsOnly = members.filter((m) => !raters.has(m.id)).map((m) => m.id);
    input = { nodes, ratings, items, targetsOnly };
  }
  let result: AnalysisResult;
  try {
    result = analyze(input, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
  } catch (err) {
    throw invalid("bad_request", err instanceof Error ? err.message : "The analysis options are not valid");
  }
  return { ...result, display: { mode: options.display, hiddenCells: result.display?.hiddenCells ?? 0, hiddenMembers: hidden.size } };
}

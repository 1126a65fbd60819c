// One case's contribution to a release: its role-level pair scores in one period, from the analysis of its round.
import { rolePairScores } from "./observations.ts";
import type { ReleaseContribution } from "./release-types.ts";
import type { AggregateSource } from "./types.ts";

export interface ContributionLabels {
  caseKey: string;
  period: string;
  district: string;
  unit: string;
  closedAt: string;
}

/**
 * The release input of one case and period: every pair of distinct roles scored in `result` (a role-level
 * or member-level analysis; member pairs are folded into their roles' mean, see `rolePairScores`).
 * Null when no pair of distinct roles is scored: such a round adds nothing to any table.
 */
export function contributionOf(labels: ContributionLabels, result: AggregateSource): ReleaseContribution | null {
  const scores = [...rolePairScores(result)]
    .map(([key, s]) => {
      const [rater, target] = key.split("\u0000");
      return { rater, target, score: s.score };
    });
  return scores.length === 0 ? null : { ...labels, scores };
}

// Cross-case role-pair matrix: mean, median, n and weak share per role pair, in total and by group.
import { mean, median } from "./stats.ts";
import { buildMatrices, countCases } from "./matrices.ts";
import { checkCases, parseAggregateOptions } from "./options.ts";
import { roleOrder, rolePairScores } from "./observations.ts";
import type { Observation } from "./suppress.ts";
import type { AggregateCell, CaseResult, GroupBy, RolePairAggregate } from "./types.ts";

export interface AggregateOptions {
  /** Smallest number of case results a published cell may hold (default 5, integer ≥ 1). */
  minCases?: number;
  /** Breakdown(s) next to the total: district, unit and/or round. */
  groupBy?: GroupBy | GroupBy[];
  /** Role order of the matrices (default: role catalogue order, then unknown roles alphabetically). */
  roles?: string[];
}

interface ScoreObs extends Observation {
  score: number;
  weak: boolean;
}

const HIDDEN = { n: null, mean: null, median: null, weakShare: null };

/**
 * Role-pair matrix across many case results (DESIGN.md "Cross-case aggregates"). Each case result
 * counts once per cell with its role-pair score; a case measured in two rounds counts in each round.
 * Cells with fewer than `minCases` case results are suppressed, and complementary cells with them
 * (see `protectCells`). Throws `aggregateRolePairs: option "…": …` for a bad option.
 */
export function aggregateRolePairs(cases: CaseResult[], options?: AggregateOptions): RolePairAggregate {
  const fn = "aggregateRolePairs";
  const opts = parseAggregateOptions(fn, options);
  const list = checkCases(fn, cases);
  const pairs = new Map<string, ScoreObs[]>();
  const seenRoles = new Set<string>();
  for (const c of list) {
    for (const n of c.result.nodes) seenRoles.add(n.role || n.id);
    const groups = { district: c.district, unit: c.unit, round: c.round };
    for (const [k, s] of rolePairScores(c)) {
      const arr = pairs.get(k) ?? [];
      arr.push({ groups, score: s.score, weak: s.weak });
      pairs.set(k, arr);
    }
  }
  const roles = roleOrder(seenRoles, opts.roles);
  const caseCounts = countCases(list, opts.groupBy);
  const built = buildMatrices<ScoreObs, AggregateCell>(
    { roles, pairs, groupBy: opts.groupBy, caseCounts, minCases: opts.minCases },
    (obs) => {
      const scores = obs.map((o) => o.score);
      return {
        n: obs.length, mean: mean(scores), median: median(scores),
        weakShare: obs.length ? obs.filter((o) => o.weak).length / obs.length : null,
      };
    },
    HIDDEN,
  );
  return { minCases: opts.minCases, roles, ...built };
}

// Cross-case role-pair matrix: mean, median, n and weak share per role pair, in total and by group.
import { exactMean as mean } from "../sum.ts";
import { median } from "./stats.ts";
import { buildMatrices, caseObservations, type ObservationSet } from "./matrices.ts";
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
  /**
   * Reference case sets: the case results of the same request without some or all of its narrowing
   * filters (district, period, instrument) over the same user scope — at least the unfiltered one.
   * A cell (or `cases` count) that differs from the same cell of any reference by 1 … minCases−1 case
   * results is suppressed ("difference"), and the complementary rule protects it like a min-n cell, so
   * "reference answer − this answer" reveals no count or mean of fewer than minCases cases.
   */
  references?: CaseResult[][];
}

interface ScoreObs extends Observation {
  score: number;
  weak: boolean;
}

const HIDDEN = { n: null, mean: null, median: null, weakShare: null };

/** Per-pair observations of the case results, and the roles seen in them. */
function observe(list: CaseResult[]): ObservationSet<ScoreObs> & { seenRoles: Set<string> } {
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
  return { pairs, caseObs: caseObservations(list), seenRoles };
}

/**
 * Role-pair matrix across many case results (docs/design.md "Cross-case aggregates"). Each case result
 * counts once per cell with its role-pair score; a case measured in two rounds counts in each round.
 * Cells with fewer than `minCases` case results are suppressed, cells too close to a `references`
 * (less filtered) aggregate too, and complementary cells with them (see `protectCells`).
 * Throws `aggregateRolePairs: option "…": …` for a bad option.
 */
export function aggregateRolePairs(cases: CaseResult[], options?: AggregateOptions): RolePairAggregate {
  const fn = "aggregateRolePairs";
  const opts = parseAggregateOptions(fn, options);
  const list = checkCases(fn, cases);
  const references = opts.references.map((r, i) => observe(checkCases(fn, r, `option "references": [${i}]`)));
  const { pairs, caseObs, seenRoles } = observe(list);
  const roles = roleOrder(seenRoles, opts.roles);
  const built = buildMatrices<ScoreObs, AggregateCell>(
    { roles, pairs, caseObs, groupBy: opts.groupBy, minCases: opts.minCases, references },
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

// Round-to-round change across cases: per role pair, the mean (and median) of to − from over cases in both rounds.
import { exactMean as mean } from "../sum.ts";
import { median } from "./stats.ts";
import { buildMatrices, caseObservations, type ObservationSet } from "./matrices.ts";
import { checkCases, parseChangeOptions } from "./options.ts";
import { roleOrder, rolePairScores } from "./observations.ts";
import type { Observation } from "./suppress.ts";
import type { CaseResult, ChangeCell, RoundChangeAggregate } from "./types.ts";

export interface RoundChangeOptions {
  /** Earlier round/period name. */
  from: string;
  /** Later round/period name. */
  to: string;
  minCases?: number;
  /** Breakdown(s) by the case's district and/or unit (as given in the `to` round). */
  groupBy?: "district" | "unit" | ("district" | "unit")[];
  roles?: string[];
  /** Case results of the request without some of its narrowing filters, as in `aggregateRolePairs`. */
  references?: CaseResult[][];
}

interface DeltaObs extends Observation {
  delta: number;
}

/** Per-pair deltas of the cases measured in both rounds, and the roles seen in them. */
function observe(list: CaseResult[], fromRound: string, toRound: string): ObservationSet<DeltaObs> & { seenRoles: Set<string> } {
  const from = new Map(list.filter((c) => c.round === fromRound).map((c) => [c.caseId, c]));
  const both = list.filter((c) => c.round === toRound && from.has(c.caseId));
  const pairs = new Map<string, DeltaObs[]>();
  const seenRoles = new Set<string>();
  for (const c of both) {
    const before = rolePairScores(from.get(c.caseId) as CaseResult);
    const groups = { district: c.district, unit: c.unit, round: c.round };
    for (const [k, s] of rolePairScores(c)) {
      const b = before.get(k);
      if (!b) continue;
      k.split("\u0000").forEach((r) => seenRoles.add(r));
      const arr = pairs.get(k) ?? [];
      arr.push({ groups, delta: s.score - b.score });
      pairs.set(k, arr);
    }
  }
  return { pairs, caseObs: caseObservations(both), seenRoles };
}

/**
 * Change between two rounds: for each role pair, over the cases that have that pair scored in both
 * `from` and `to`, delta = score(to) − score(from); n = number of such cases. Suppression as in
 * `aggregateRolePairs` (min-n, difference from `references`, complementary). Throws
 * `roundChange: option "…": …` for a bad option.
 */
export function roundChange(cases: CaseResult[], options: RoundChangeOptions): RoundChangeAggregate {
  const fn = "roundChange";
  const opts = parseChangeOptions(fn, options);
  const list = checkCases(fn, cases);
  const references = opts.references.map((r, i) => observe(checkCases(fn, r, `option "references": [${i}]`), opts.from, opts.to));
  const { pairs, caseObs, seenRoles } = observe(list, opts.from, opts.to);
  const roles = roleOrder(seenRoles, opts.roles);
  const built = buildMatrices<DeltaObs, ChangeCell>(
    { roles, pairs, caseObs, groupBy: opts.groupBy, minCases: opts.minCases, references },
    (obs) => {
      const d = obs.map((o) => o.delta);
      return { n: obs.length, meanDelta: mean(d), medianDelta: median(d) };
    },
    { n: null, meanDelta: null, medianDelta: null },
  );
  return { from: opts.from, to: opts.to, minCases: opts.minCases, roles, ...built };
}

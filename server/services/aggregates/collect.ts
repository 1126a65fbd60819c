// Gathers the analysed rounds an aggregate is built from, limited to the districts the user may see.
import type { CaseResult } from "../../../analysis/aggregate/index.ts";
import type { Case, User } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import type { AggregateFilters } from "./query.ts";
import { roleResults, roundsByCase } from "./round-results.ts";

/**
 * Districts the user's aggregates cover: admins all (null); facilitators their districts; evaluators
 * their districts when the list is non-empty, else all.
 */
export function aggregateScope(user: User): string[] | null {
  if (user.role === "admin") return null;
  if (user.role === "facilitator") return user.districts;
  return user.districts.length > 0 ? user.districts : null;
}

/** Cases inside the scope and the district filter. */
export async function scopedCases(store: Store, user: User, districts: string[] | undefined): Promise<Case[]> {
  const scope = aggregateScope(user);
  return (await store.listCases()).filter((c) => (scope === null || scope.includes(c.district)) && (!districts || districts.includes(c.district)));
}

/**
 * One role-level result per case and closed round (round name = period), the latest round when a case
 * has two of the same name. Rounds whose data does not fit the dimension (e.g. item dimension on an
 * imported matrix) are left out; `skipped` counts them.
 */
export async function collectResults(store: Store, cases: Case[], f: AggregateFilters, periods = f.period): Promise<{ results: CaseResult[]; skipped: number; instruments: string[] }> {
  const results: CaseResult[] = [];
  const instruments = new Set<string>();
  let skipped = 0;
  const roundsOf = await roundsByCase(store, cases.map((c) => c.id));
  const chosen = cases.flatMap((kase) => {
    const rounds = (roundsOf.get(kase.id) ?? [])
      .filter((r) => r.status === "closed" && (!periods || periods.includes(r.name)) && (!f.instrument || r.instrumentId === f.instrument))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return [...new Map(rounds.map((r) => [r.name, r])).values()].map((round) => ({ kase, round }));
  });
  const computed = await roleResults(store, chosen.map((x) => x.round), f);
  for (const { kase, round } of chosen) {
    const result = computed.get(round.id);
    if (!result) {
      skipped += 1;
      continue;
    }
    if (result.edges.length === 0) continue;
    results.push({ caseId: kase.id, district: kase.district, unit: kase.unit, round: round.name, result });
    instruments.add(`${round.instrumentId}@${round.instrumentVersion}`);
  }
  return { results, skipped, instruments: [...instruments].sort() };
}

/**
 * Reference case sets for the "difference" suppression: the case results of every request that drops
 * one or more of this request's narrowing filters (district, period, instrument) over the user's whole
 * scope — e.g. for `district=A&period=P`: (A, all periods), (all districts, P) and (all, all). Empty when
 * nothing narrows. `periods` fixes the rounds when the endpoint chooses them itself (change: from, to),
 * so the period filter does not narrow there. At most two collections; the rest is filtered in memory
 * (same rounds as the real requests: the latest round per case and name).
 */
export async function referenceSets(store: Store, user: User, f: AggregateFilters, periods?: string[]): Promise<CaseResult[][]> {
  const district = f.district;
  const period = periods === undefined ? f.period : undefined;
  if (!district && !period && !f.instrument) return [];
  const all = await scopedCases(store, user, undefined);
  const base = { dimension: f.dimension, threshold: f.threshold };
  const pools = [{ instrument: false, results: (await collectResults(store, all, base, periods)).results }];
  if (f.instrument) pools.push({ instrument: true, results: (await collectResults(store, all, { ...base, instrument: f.instrument }, periods)).results });
  const sets: CaseResult[][] = [];
  for (const pool of pools) {
    for (const keepDistrict of district ? [false, true] : [false]) {
      for (const keepPeriod of period ? [false, true] : [false]) {
        const itself = keepDistrict === !!district && keepPeriod === !!period && pool.instrument === !!f.instrument;
        if (itself) continue;
        sets.push(pool.results.filter((r) => (!keepDistrict || district?.includes(r.district)) && (!keepPeriod || period?.includes(r.round))));
      }
    }
  }
  return sets;
}

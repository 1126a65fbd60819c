// Gathers the analysed rounds an aggregate is built from, limited to the districts the user may see.
import type { CaseResult } from "../../../analysis/aggregate/index.ts";
import type { Case, User } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import { analyzeRound } from "../rounds/analysis.ts";
import type { AggregateFilters } from "./query.ts";

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
  for (const kase of cases) {
    const rounds = (await store.listRounds(kase.id))
      .filter((r) => r.status === "closed" && (!periods || periods.includes(r.name)) && (!f.instrument || r.instrumentId === f.instrument))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const latest = new Map(rounds.map((r) => [r.name, r]));
    for (const round of latest.values()) {
      try {
        const result = await analyzeRound(store, round, { by: "role", dimension: f.dimension, threshold: f.threshold, includeDrafts: "false" });
        if (result.edges.length === 0) continue;
        results.push({ caseId: kase.id, district: kase.district, unit: kase.unit, round: round.name, result });
        instruments.add(`${round.instrumentId}@${round.instrumentVersion}`);
      } catch {
        skipped += 1;
      }
    }
  }
  return { results, skipped, instruments: [...instruments].sort() };
}

// Builds the aggregate answers (role pairs, change) for a user: scope, settings' min n, provenance, unfiltered reference.
import { aggregateRolePairs, roundChange } from "../../../analysis/aggregate/index.ts";
import { invalid, type User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { collectResults, referenceSets, scopedCases } from "./collect.ts";
import type { AggregateFilters } from "./query.ts";
import type { AggregateMeta, ChangeView, PairsView } from "./schemas.ts";

/** An analysis/aggregate option error is the caller's mistake: `invalid`. */
function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw invalid("bad_request", err instanceof Error ? err.message : "Invalid aggregate options");
  }
}

function metaOf(kind: AggregateMeta["kind"], f: AggregateFilters & { by?: string }, minCases: number, collected: { instruments: string[]; skipped: number; threshold?: number }, now: Date): AggregateMeta {
  return {
    kind, instruments: collected.instruments, dimension: f.dimension, threshold: f.threshold ?? collected.threshold ?? 3.5, minCases,
    filters: { district: f.district ?? null, period: f.period ?? null, instrument: f.instrument ?? null, by: f.by ?? null },
    skippedRounds: collected.skipped, generatedAt: now.toISOString(),
  };
}

/** Role-pair matrices across the user's visible cases. */
export async function buildPairs(deps: ServiceContext, user: User, f: AggregateFilters & { by?: "district" | "unit" | "round" }): Promise<PairsView> {
  const { minCases } = await deps.store.getSettings();
  const cases = await scopedCases(deps.store, user, f.district);
  const c = await collectResults(deps.store, cases, f);
  const references = await referenceSets(deps.store, user, f);
  const agg = run(() => aggregateRolePairs(c.results, { minCases, groupBy: f.by ? [f.by] : [], references }));
  const meta = metaOf("role-pairs", f, minCases, { ...c, threshold: c.results[0]?.result.threshold }, deps.now());
  return { meta, roles: agg.roles, total: agg.total, breakdowns: agg.breakdowns };
}

/** Round-to-round change across the user's visible cases measured in both periods. */
export async function buildChange(deps: ServiceContext, user: User, f: AggregateFilters & { from: string; to: string; by?: "district" | "unit" }): Promise<ChangeView> {
  const { minCases } = await deps.store.getSettings();
  if (f.from === f.to) throw invalid("bad_request", "from and to must be different rounds");
  const cases = await scopedCases(deps.store, user, f.district);
  const c = await collectResults(deps.store, cases, f, [f.from, f.to]);
  const references = await referenceSets(deps.store, user, f, [f.from, f.to]);
  const agg = run(() => roundChange(c.results, { from: f.from, to: f.to, minCases, groupBy: f.by ? [f.by] : [], references }));
  const meta = metaOf("change", f, minCases, { ...c, threshold: c.results[0]?.result.threshold }, deps.now());
  meta.filters = { ...meta.filters, from: f.from, to: f.to };
  return { meta, roles: agg.roles, total: agg.total, breakdowns: agg.breakdowns };
}

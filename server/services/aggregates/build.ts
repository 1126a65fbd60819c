// Builds the aggregate answers for a user from the stored release: the table asked for, within the user's districts, with its provenance.
import { changeView, pairsView } from "../../../analysis/aggregate/index.ts";
import { notFound, type User } from "../../../domain/index.ts";
import type { StoredRelease } from "../../../domain/release.ts";
import type { ServiceContext } from "../context.ts";
import { aggregateScope } from "./collect.ts";
import type { ChangeQuery, PairsQuery } from "./query.ts";
import type { AggregateMeta, ChangeView, PairsView } from "./schemas.ts";

async function metaOf(ctx: Pick<ServiceContext, "store">, kind: AggregateMeta["kind"], stored: StoredRelease | undefined, scope: string[] | null, filters: AggregateMeta["filters"]): Promise<AggregateMeta> {
  const r = stored?.release;
  const settings = r ? null : await ctx.store.getSettings();
  return {
    kind,
    release: r ? { id: r.id, publishedAt: r.publishedAt } : null,
    dimension: "all",
    threshold: r?.threshold ?? settings?.weakThreshold ?? 3.5,
    minCases: r?.minCases ?? settings?.minCases ?? 5,
    periods: r?.periods ?? [],
    changes: r?.changeTables.map((t) => ({ from: t.from, to: t.to })) ?? [],
    scope: scope && [...scope].sort((a, b) => a.localeCompare(b, "nb")),
    filters,
  };
}

/** An answer with nothing published (before the first release). */
const empty = { roles: [], total: { group: null, cases: null, asOf: null, cells: [] }, breakdowns: [] };

/** A period's role-pair matrices from the current release, as far as the user's districts reach (404: no such period). */
export async function buildPairs(ctx: Pick<ServiceContext, "store">, user: User, q: PairsQuery): Promise<PairsView> {
  const stored = await ctx.store.getRelease();
  const scope = await aggregateScope(ctx.store, user);
  const view = stored ? pairsView(stored.release, q, scope) : empty;
  if (!view) throw notFound(`Period "${q.period}" in the published release`);
  const period = q.period ?? stored?.release.periods.at(-1) ?? null;
  return { meta: await metaOf(ctx, "role-pairs", stored, scope, { period, district: q.district ?? null, by: q.by ?? null }), ...view };
}

/** The change between two consecutive periods from the current release (404: not a released change table). */
export async function buildChange(ctx: Pick<ServiceContext, "store">, user: User, q: ChangeQuery): Promise<ChangeView> {
  const stored = await ctx.store.getRelease();
  const scope = await aggregateScope(ctx.store, user);
  const view = stored ? changeView(stored.release, q, scope) : empty;
  if (!view) throw notFound(`Change from "${q.from}" to "${q.to}" in the published release (only consecutive periods are released)`);
  return { meta: await metaOf(ctx, "change", stored, scope, { period: null, district: q.district ?? null, by: q.by ?? null, from: q.from, to: q.to }), ...view };
}

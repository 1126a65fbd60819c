// Per-store cache of resolved respondent links (link, round, form setup), valid while the case's revision is unchanged.
import type { Link, Round } from "../../../domain/index.ts";
import type { Store } from "../../store/index.ts";
import type { FormSetup } from "./form-setup.ts";

/** What a token resolves to, independent of time and of the stored answer. Frozen: shared by requests. */
export interface ResolvedLink {
  link: Link;
  round: Round;
  setup: FormSetup;
}

interface Entry extends ResolvedLink {
  caseId: string;
  revision: number;
}

/** Bound on cached links; the cache is simply emptied when full (a miss costs one uncached lookup). */
const MAX_ENTRIES = 50_000;
const caches = new WeakMap<Store, Map<string, Entry>>();

/** Freezes the shared parts so a route that mutated a cached context would fail loudly in tests. */
function freeze(r: ResolvedLink): ResolvedLink {
  const s = r.setup;
  for (const m of s.targets) Object.freeze(m);
  Object.freeze(s.targets);
  Object.freeze(s.scope);
  Object.freeze(s.rater);
  Object.freeze(s);
  Object.freeze(r.link);
  Object.freeze(r.round);
  return Object.freeze(r);
}

/**
 * The resolved link for `tokenHash`, from the cache when the case has not changed since, else from `resolve`.
 * A miss is cached only when no case document changed while it was resolved (the store-wide revision is the
 * same before and after), so what is cached belongs to the case revision recorded with it.
 * Stores without `caseRevision` are never cached.
 */
export async function resolveCached(
  store: Store,
  tokenHash: string,
  resolve: () => Promise<ResolvedLink | null>,
): Promise<ResolvedLink | null> {
  if (!store.caseRevision) return resolve();
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const hit = cache.get(tokenHash);
  if (hit) {
    if (store.caseRevision(hit.caseId) === hit.revision) return hit;
    cache.delete(tokenHash);
  }
  const before = store.caseRevision();
  const resolved = await resolve();
  if (!resolved || store.caseRevision() !== before) return resolved;
  const caseId = resolved.round.caseId;
  const revision = store.caseRevision(caseId);
  if (revision === undefined) return resolved;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const entry: Entry = { ...freeze(resolved), caseId, revision };
  cache.set(tokenHash, Object.freeze(entry));
  return entry;
}

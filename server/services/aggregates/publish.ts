// Publishing a release: computed from every closed round, protected together with the earlier releases, stored for every later view.
import { publishRelease } from "../../../analysis/aggregate/index.ts";
import type { StoredRelease } from "../../../domain/release.ts";
import type { User } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import type { ServiceContext } from "../context.ts";
import { collectContributions } from "./collect.ts";
import type { ReleasesAnswer } from "./schemas.ts";

/** One publication at a time per store: each release must be checked against the one stored before it. */
const running = new WeakMap<Store, Promise<unknown>>();

/** The answer about the stored releases (figures of the current one, and the history). */
export function releasesAnswer(stored: StoredRelease | undefined): ReleasesAnswer {
  if (!stored) return { current: null, history: [] };
  const { release } = stored;
  const matrices = [...release.periodTables, ...release.changeTables].flatMap((t) => t.matrices as { cells: { asOf: string }[] }[]);
  const cells = matrices.flatMap((m) => m.cells);
  return {
    current: {
      id: release.id, publishedAt: release.publishedAt, minCases: release.minCases, threshold: release.threshold, periods: release.periods,
      changes: release.changeTables.map((t) => ({ from: t.from, to: t.to })),
      groups: matrices.length, cells: cells.length, carried: cells.filter((c) => c.asOf !== release.id).length,
    },
    history: stored.history,
  };
}

/**
 * Computes and stores a new release (admins): the settings' minimum number of cases, and the weak
 * threshold of the earlier releases (the settings' one for the first). Its id is `r<n>`, n counting
 * every publication.
 */
export async function publishAggregates(ctx: Pick<ServiceContext, "store" | "now">, user: User): Promise<ReleasesAnswer> {
  const store = ctx.store;
  const before = running.get(store) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(async () => {
    const settings = await store.getSettings();
    const previous = await store.getRelease();
    const { contributions } = await collectContributions(store);
    const id = `r${(previous?.history.length ?? 0) + 1}`;
    const publishedAt = ctx.now().toISOString();
    const { release, links } = publishRelease(contributions, {
      id, publishedAt, minCases: settings.minCases, threshold: previous?.links.threshold ?? settings.weakThreshold,
      previous: previous ? { release: previous.release, links: previous.links } : null,
    });
    const stored: StoredRelease = { release, links, history: [...(previous?.history ?? []), { id, publishedAt, publishedBy: user.id }] };
    await store.putRelease(stored);
    return releasesAnswer(stored);
  });
  running.set(store, next);
  return next;
}

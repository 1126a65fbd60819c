// The automatic retention run: once shortly after start-up, then once a day, one run at a time; then the store's purge.
import type { RetentionDue } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { applyRetention } from "./retention.ts";

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** Milliseconds between runs (default one day). */
  everyMs?: number;
  /** Milliseconds before the first run (default one minute, after start-up work). */
  firstAfterMs?: number;
  /** Runs the task so that only one instance on a shared database does it at a time (default: directly). */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Told after each run: the cases erased, or the error (the next run tries again). */
  report?: (result: { erased: RetentionDue[] } | { error: Error }) => void;
}

/** Starts the schedule; the returned function stops it and resolves once a run under way has finished. */
export function scheduleRetention(ctx: Pick<ServiceContext, "store" | "now">, options: RetentionSchedule = {}): () => Promise<void> {
  const { everyMs = RETENTION_EVERY_MS, firstAfterMs = 60_000, exclusive = (task) => task(), report = () => {} } = options;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    running = exclusive(async () => {
      const erased = await applyRetention(ctx);
      // Also purges the bytes of cases deleted by hand since the last run (PostgreSQL; the file store erased them at once).
      await ctx.store.purgeDeleted?.();
      return erased;
    })
      .then((erased) => report({ erased }), (error: Error) => report({ error }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs).unref();
      });
  };
  timer = setTimeout(tick, firstAfterMs).unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

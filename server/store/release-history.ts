// The rule every backend applies when a release is stored: it extends the stored history, so no publication is lost.
import { conflict } from "../../domain/errors.ts";
import type { StoredRelease } from "../../domain/release.ts";

/**
 * Throws a `release_changed` conflict unless `next`'s history starts with every publication of `stored` (in order): a release must be
 * checked against the one stored before it, so storing one computed from an older state would forget a
 * publication that evaluators may have seen.
 */
export function extendsHistory(stored: Pick<StoredRelease, "history"> | undefined, next: Pick<StoredRelease, "history">): void {
  const before = stored?.history ?? [];
  const ok = before.length < next.history.length && before.every((h, i) => next.history[i]?.id === h.id);
  if (!ok) throw conflict("release_changed", `The stored aggregate release changed (${before.at(-1)?.id ?? "none"}) while this one was computed; publish again`);
}

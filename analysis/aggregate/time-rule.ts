// The rule between releases: a cell whose cases changed by 1 … min−1 since it was last published keeps its earlier value.
import type { SignedSet } from "./classes.ts";

/** An earlier published row of a cell: signed earlier class ids. */
export type OldRow = readonly number[];

/**
 * How many contributions joined or left a cell since its row `old` was published: members now whose
 * earlier class is not in that row (or with the other sign) joined; members of the row's classes that
 * are not in the cell now (deleted cases, changed scores, moved cases included) left. `size` is each
 * earlier class's size then (live members now plus phantoms).
 */
export function changedSince(set: SignedSet, oldClass: Int32Array, old: OldRow, size: (c: number) => number): number {
  const sign = new Map(old.map((c) => [Math.abs(c), Math.sign(c)]));
  const stayed = new Map<number, number>();
  let joined = 0;
  for (let i = 0; i < set.members.length; i++) {
    const c = oldClass[set.members[i]];
    if (c !== 0 && sign.get(c) === (set.signs[i] < 0 ? -1 : 1)) stayed.set(c, (stayed.get(c) ?? 0) + 1);
    else joined++;
  }
  let left = 0;
  for (const signed of old) left += size(Math.abs(signed)) - (stayed.get(Math.abs(signed)) ?? 0);
  return joined + left;
}

/**
 * True when the cell must not get a new value in this release: its cases changed by 1 … minCases−1
 * since the release that last published it (`perCase`: contributions per case, 2 for a change cell).
 */
export function mustCarry(set: SignedSet, oldClass: Int32Array, old: OldRow | undefined, size: (c: number) => number, minCases: number, perCase: number): boolean {
  if (!old) return false;
  const changed = Math.ceil(changedSince(set, oldClass, old, size) / perCase);
  return changed > 0 && changed < minCases;
}

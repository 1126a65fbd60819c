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
  // Scratch per earlier class: the row's sign (+1/−1, 0 when not in the row) and the members that stayed.
  let top = 0;
  for (const c of old) top = Math.max(top, Math.abs(c));
  if (signOf.length <= top) [signOf, stayed] = [new Int8Array(2 * top + 2), new Int32Array(2 * top + 2)];
  for (const c of old) signOf[Math.abs(c)] = Math.sign(c);
  let joined = 0;
  for (let i = 0; i < set.members.length; i++) {
    const c = oldClass[set.members[i]];
    if (c !== 0 && c <= top && signOf[c] === (set.signs[i] < 0 ? -1 : 1)) stayed[c]++;
    else joined++;
  }
  let left = 0;
  for (const signed of old) left += size(Math.abs(signed)) - stayed[Math.abs(signed)];
  for (const signed of old) stayed[Math.abs(signed)] = signOf[Math.abs(signed)] = 0;
  return joined + left;
}

let signOf = new Int8Array(64);
let stayed = new Int32Array(64);

/**
 * True when the cell must not get a new value in this release: its cases changed by 1 … minCases−1
 * since the release that last published it (`perCase`: contributions per case, 2 for a change cell).
 */
export function mustCarry(set: SignedSet, oldClass: Int32Array, old: OldRow | undefined, size: (c: number) => number, minCases: number, perCase: number): boolean {
  if (!old) return false;
  const changed = Math.ceil(changedSince(set, oldClass, old, size) / perCase);
  return changed > 0 && changed < minCases;
}

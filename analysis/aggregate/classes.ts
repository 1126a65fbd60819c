// Classes of contributions that every released row treats alike (identical columns), and rows and targets in class coordinates.
import type { Vector } from "./row-space.ts";

/** A row or target over contributions: indices with a sign each (+1, or −1 for the earlier side of a change). */
export interface SignedSet {
  members: Int32Array;
  signs: Int8Array;
}

export interface ClassInput {
  /** Class of each contribution from earlier releases (0: in no earlier row). */
  oldClass: Int32Array;
  /** Highest earlier class id. */
  oldClasses: number;
  /** Earlier class → members that no longer exist (deleted cases, changed scores). */
  phantoms: Map<number, number>;
}

export interface Classes {
  /** Class of each contribution, 1…count (0: in no row, earlier or new). */
  of: Int32Array;
  count: number;
  /** Classes 1…big hold at least minCases members; big+1…count are the small ones. */
  big: number;
  /** Members of each class (index = class id), phantoms included. */
  size: Int32Array;
  /** Live members of each class. */
  live: Int32Array;
  /** Earlier class → the classes it was split into. */
  parts: Map<number, number[]>;
  /** Scratch for building vectors (stamps per class). */
  stamp: Int32Array;
  mark: number;
}

/** Scratch shared by every refinement (one runs at a time): class origins, and per (class, sign) its new class and the row that set it. */
let scratch = { origin: new Int32Array(0), target: new Int32Array(0), stamp: new Int32Array(0) };
/** Stamps only grow, so a stamp left by an earlier row or refinement never matches. */
let epoch = 0;

function scratchFor(bound: number): typeof scratch {
  if (scratch.origin.length < bound || epoch > 0x7fff0000) {
    const size = Math.max(bound, 2 * scratch.origin.length);
    scratch = { origin: new Int32Array(size), target: new Int32Array(2 * size), stamp: new Int32Array(2 * size) };
    epoch = 0;
  }
  return scratch;
}

/**
 * Splits the earlier classes by the new rows: two contributions share a class exactly when every row,
 * earlier or new, holds both with the same sign or neither. Any linear combination of released rows
 * has the same coefficient on every member of a class, so no released combination singles out a
 * member of a class of two or more. Phantoms keep their earlier class (they are in no new row).
 * Classes of at least `minCases` members come first; within each part they are numbered by their first
 * member in `order` (phantom-only classes last), so that rows over one unit or district use
 * neighbouring ids.
 */
export function refineClasses(input: ClassInput, rows: SignedSet[], order?: Int32Array, minCases = 1): Classes {
  const of = Int32Array.from(input.oldClass);
  let bound = input.oldClasses + 1;
  for (const row of rows) bound += row.members.length;
  const { origin, target, stamp } = scratchFor(bound);
  for (let c = 0; c <= input.oldClasses; c++) origin[c] = c;
  let next = input.oldClasses + 1;
  // Per row, the new class of each (class, sign) met in it: stamp[key] = the row's epoch when target[key] is set.
  for (let r = 0; r < rows.length; r++) {
    const { members, signs } = rows[r];
    const row = ++epoch;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const key = of[m] * 2 + (signs[i] < 0 ? 1 : 0);
      if (stamp[key] !== row) {
        stamp[key] = row;
        target[key] = next;
        origin[next++] = origin[of[m]];
      }
      of[m] = target[key];
    }
  }
  const live = new Int32Array(next);
  const first = new Int32Array(next).fill(0x7fffffff);
  for (let i = 0; i < of.length; i++) {
    const c = of[i];
    if (c === 0) continue;
    live[c]++;
    const pos = order ? order[i] : i;
    if (pos < first[c]) first[c] = pos;
  }
  const size = Int32Array.from(live);
  for (const [c, n] of input.phantoms) if (n > 0 && c < next) size[c] += n;
  const raw: number[] = [];
  for (let c = 1; c < next; c++) if (size[c] > 0) raw.push(c);
  const small = (c: number) => (size[c] < minCases ? 1 : 0);
  raw.sort((a, b) => small(a) - small(b) || first[a] - first[b] || a - b);
  const big = raw.filter((c) => !small(c)).length;
  const compact = new Int32Array(next);
  raw.forEach((c, i) => (compact[c] = i + 1));
  const parts = new Map<number, number[]>();
  for (const c of raw) {
    const root = origin[c];
    if (root === 0) continue;
    const list = parts.get(root) ?? [];
    list.push(compact[c]);
    parts.set(root, list);
  }
  for (let i = 0; i < of.length; i++) of[i] = compact[of[i]];
  const count = raw.length;
  const out = { of, count, big, size: new Int32Array(count + 1), live: new Int32Array(count + 1), parts, stamp: new Int32Array(count + 1), mark: 0 };
  raw.forEach((c, i) => {
    out.size[i + 1] = size[c];
    out.live[i + 1] = live[c];
  });
  return out;
}

const vector = (cols: number[], coefs: number[]): Vector => ({ cols, coefs });

/** An earlier row (signed earlier class ids) over the classes it now consists of. */
export function oldRowVector(classes: Classes, row: readonly number[]): Vector {
  const cols: number[] = [];
  const coefs: number[] = [];
  for (const signed of row) {
    for (const part of classes.parts.get(Math.abs(signed)) ?? []) {
      cols.push(part);
      coefs.push(Math.sign(signed));
    }
  }
  return vector(cols, coefs);
}

/** A vector with ±1 coefficients as signed class ids (the links' row format). */
export const signedIds = (v: Vector): number[] => Array.from(v.cols, (c, k) => (v.coefs[k] < 0 ? -c : c));

/** A row of new cells: every class it touches, with the row's sign (rows never split a class). */
export function rowVector(classes: Classes, set: SignedSet): Vector {
  const mark = ++classes.mark;
  const cols: number[] = [];
  const coefs: number[] = [];
  for (let i = 0; i < set.members.length; i++) {
    const c = classes.of[set.members[i]];
    if (classes.stamp[c] === mark) continue;
    classes.stamp[c] = mark;
    cols.push(c);
    coefs.push(set.signs[i] < 0 ? -1 : 1);
  }
  return vector(cols, coefs);
}

/**
 * A set of contributions in class coordinates, or null when it splits a class (takes some members, or
 * members with both signs, or a class with phantoms): then no released combination equals it.
 */
export function targetVector(classes: Classes, set: SignedSet): Vector | null {
  const counts = new Map<number, number>();
  for (let i = 0; i < set.members.length; i++) {
    const c = classes.of[set.members[i]];
    if (c === 0) return null;
    const sign = set.signs[i] < 0 ? -1 : 1;
    const seen = counts.get(c);
    if (seen !== undefined && Math.sign(seen) !== sign) return null;
    counts.set(c, (seen ?? 0) + sign);
  }
  const cols: number[] = [];
  const coefs: number[] = [];
  for (const [c, n] of counts) {
    if (Math.abs(n) !== classes.size[c]) return null;
    cols.push(c);
    coefs.push(Math.sign(n));
  }
  return vector(cols, coefs);
}

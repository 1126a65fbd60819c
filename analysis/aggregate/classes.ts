// Classes of contributions that every released row treats alike (identical columns), and rows and targets in class coordinates.

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
  /** Class of each contribution (0: in no row, earlier or new). */
  of: Int32Array;
  /** Members of each class, phantoms included; only classes that are in some row. */
  size: Map<number, number>;
  /** Live members of each class. */
  live: Map<number, number>;
  /** Earlier class → the classes it was split into. */
  parts: Map<number, number[]>;
}

/**
 * Splits the earlier classes by the new rows: two contributions share a class exactly when every row,
 * earlier or new, holds both with the same sign or neither. Any linear combination of released rows
 * has the same coefficient on every member of a class, so no released combination singles out a
 * member of a class of two or more. Phantoms keep their earlier class (they are in no new row).
 */
export function refineClasses(input: ClassInput, rows: SignedSet[]): Classes {
  const of = Int32Array.from(input.oldClass);
  const origin = new Map<number, number>();
  for (let c = 1; c <= input.oldClasses; c++) origin.set(c, c);
  let next = input.oldClasses + 1;
  for (const row of rows) {
    const split = new Map<number, number>();
    for (let i = 0; i < row.members.length; i++) {
      const m = row.members[i];
      const key = of[m] * 2 + (row.signs[i] < 0 ? 1 : 0);
      let id = split.get(key);
      if (id === undefined) {
        id = next++;
        split.set(key, id);
        origin.set(id, origin.get(of[m]) ?? 0);
      }
      of[m] = id;
    }
  }
  const live = new Map<number, number>();
  for (const c of of) if (c !== 0) live.set(c, (live.get(c) ?? 0) + 1);
  const size = new Map(live);
  for (const [c, n] of input.phantoms) if (n > 0) size.set(c, (size.get(c) ?? 0) + n);
  const parts = new Map<number, number[]>();
  for (const c of size.keys()) {
    const root = origin.get(c) ?? 0;
    if (root === 0) continue;
    const list = parts.get(root) ?? [];
    list.push(c);
    parts.set(root, list);
  }
  return { of, size, live, parts };
}

/** An earlier row (terms over earlier classes) over the classes it now consists of. */
export function oldRowTerms(classes: Classes, row: readonly (readonly [number, number])[]): [number, number][] {
  return row.flatMap(([c, sign]) => (classes.parts.get(c) ?? []).map((part): [number, number] => [part, sign]));
}

/**
 * A set of contributions in class coordinates, or null when it splits a class (takes some members, or
 * members with both signs, or a class with phantoms): then no released combination equals it.
 */
export function classTerms(classes: Classes, set: SignedSet): [number, number][] | null {
  const count = new Map<number, number>();
  for (let i = 0; i < set.members.length; i++) {
    const c = classes.of[set.members[i]];
    if (c === 0) return null;
    const sign = set.signs[i] < 0 ? -1 : 1;
    const seen = count.get(c);
    if (seen !== undefined && Math.sign(seen) !== sign) return null;
    count.set(c, (seen ?? 0) + sign);
  }
  const terms: [number, number][] = [];
  for (const [c, n] of count) {
    if (Math.abs(n) !== classes.size.get(c)) return null;
    terms.push([c, Math.sign(n)]);
  }
  return terms;
}

/** The terms of a row of new cells: every class it touches, with the row's sign (rows never split a class). */
export function rowTerms(classes: Classes, set: SignedSet): [number, number][] {
  const terms = new Map<number, number>();
  for (let i = 0; i < set.members.length; i++) terms.set(classes.of[set.members[i]], set.signs[i] < 0 ? -1 : 1);
  return [...terms];
}

// Secondary suppression of one series against every released row, earlier releases included: drop new rows until nothing hidden is determined.
import { classTerms, oldRowTerms, refineClasses, rowTerms, type ClassInput, type Classes, type SignedSet } from "./classes.ts";
import type { GeoLevel } from "./release-types.ts";
import { PRIMES, RowSpace } from "./row-space.ts";

export interface SeriesCell extends SignedSet {
  key: string;
  /** Cases behind the cell in this series. */
  count: number;
  level: GeoLevel;
  /** Passed the primary rule (and, for a role pair, its group is published): may be published. */
  candidate: boolean;
}

export interface SeriesProblem extends ClassInput {
  /** Earlier released rows, in earlier class coordinates. */
  oldRows: [number, number][][];
  cells: SeriesCell[];
  minCases: number;
}

const LEVEL = { unit: 0, district: 1, total: 2 } as const;

/** Row order of the elimination: units, then districts, then totals, so that pivots stay sparse. */
const finerFirst = (a: SeriesCell[], b: SeriesCell[]): number =>
  LEVEL[a[0].level] - LEVEL[b[0].level] || a[0].count - b[0].count || a[0].key.localeCompare(b[0].key);

/**
 * A fingerprint of a signed set: its size and two weighted sums modulo the primes (weights from a
 * multiplicative hash of the index). Equal sets always agree; a collision of different sets only makes
 * them share a fate, and every row is still checked on its own.
 */
function fingerprint(set: SignedSet): string {
  const [p, q] = PRIMES;
  let a = 0;
  let b = 0;
  for (let i = 0; i < set.members.length; i++) {
    const w = Math.imul(set.members[i] + 1, 0x9e3779b1) >>> 6;
    a = (a + set.signs[i] * (w % p) + p) % p;
    b = (b + set.signs[i] * (w % q) + q) % q;
  }
  return `${set.members.length}:${a}:${b}`;
}

/** Candidate cells with the same contributions (e.g. a district with one unit) are published or hidden together. */
function groupIdentical(cells: SeriesCell[]): SeriesCell[][] {
  const groups = new Map<string, SeriesCell[]>();
  for (const c of cells) {
    if (!c.candidate) continue;
    const id = fingerprint(c);
    const list = groups.get(id) ?? [];
    list.push(c);
    groups.set(id, list);
  }
  return [...groups.values()].sort(finerFirst);
}

/** Cheapest to hide first: fewest cases, then the finest level, then key. */
const cheaper = (a: SeriesCell[], b: SeriesCell[]): number =>
  a[0].count - b[0].count || LEVEL[a[0].level] - LEVEL[b[0].level] || a[0].key.localeCompare(b[0].key);

/** Targets: every class of fewer than minCases members, and every hidden cell that does not split a class. */
function targetsOf(problem: SeriesProblem, classes: Classes, published: Set<SeriesCell>): [number, number][][] {
  const small = [...classes.size].filter(([, n]) => n < problem.minCases).map(([c]) => c).sort((a, b) => a - b);
  const hidden = problem.cells.filter((c) => c.count > 0 && !published.has(c));
  return [
    ...small.map((c): [number, number][] => [[c, 1]]),
    ...hidden.map((c) => classTerms(classes, c)).filter((t): t is [number, number][] => t !== null),
  ];
}

/**
 * For each target that the released rows determine, the new rows (groups) of one combination that
 * equals it; combinations of earlier rows alone are left out (nothing new is revealed). A target counts
 * as determined when either prime says so; sources are tracked only when something is determined.
 */
function leaks(problem: SeriesProblem, classes: Classes, groups: SeriesCell[][], kept: Set<number>): number[][] {
  const column = new Map([...classes.size.keys()].map((c, i) => [c, i]));
  const inColumns = (terms: [number, number][]) => terms.map(([c, s]): [number, number] => [column.get(c) as number, s]);
  const oldRows = problem.oldRows.map((r) => inColumns(oldRowTerms(classes, r)));
  const newRows = groups.map((g, gi) => (kept.has(gi) ? g.map((c) => inColumns(rowTerms(classes, c))) : []));
  const published = new Set(groups.filter((_, gi) => kept.has(gi)).flat());
  const targets = targetsOf(problem, classes, published).map(inColumns);
  if (targets.length === 0) return [];
  const space = (prime: number, track: boolean) => {
    const s = new RowSpace(column.size, prime, track ? groups.length : 0);
    for (const row of oldRows) s.add(row);
    newRows.forEach((rows, gi) => rows.forEach((row) => s.add(row, gi)));
    return s;
  };
  for (const prime of PRIMES) {
    const s = space(prime, false);
    const determined = targets.filter((t) => s.contains(t));
    if (determined.length === 0) continue;
    const tracked = space(prime, true);
    const blames = determined.map((t) => tracked.express(t) ?? []).filter((blame) => blame.length > 0);
    if (blames.length > 0) return blames;
  }
  return [];
}

/**
 * Chooses which candidate cells of one series to publish. Starts from every candidate and, while some
 * hidden number is determined by the released rows (this release's and every earlier one's), drops the
 * cheapest new row that the determining combination uses. Ends because each round drops a row; at
 * worst nothing new is published and the earlier releases stand as they were.
 * Returns the keys of the cells to publish.
 */
export function protectSeries(problem: SeriesProblem): Set<string> {
  const groups = groupIdentical(problem.cells);
  const kept = new Set(groups.map((_, i) => i));
  for (;;) {
    const rows = groups.filter((_, i) => kept.has(i)).flat();
    const classes = refineClasses(problem, rows);
    const found = leaks(problem, classes, groups, kept);
    if (found.length === 0) break;
    const drop = new Set<number>();
    for (const blame of found) {
      if (blame.some((g) => drop.has(g))) continue;
      drop.add(blame.reduce((best, g) => (cheaper(groups[g], groups[best]) < 0 ? g : best)));
    }
    for (const g of drop) kept.delete(g);
  }
  return new Set(groups.filter((_, i) => kept.has(i)).flat().map((c) => c.key));
}

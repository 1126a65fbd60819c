// Secondary suppression of one series against every released row, earlier releases included: drop new rows until nothing hidden is determined.
import { oldRowVector, refineClasses, rowVector, targetVector, type ClassInput, type Classes, type SignedSet } from "./classes.ts";
import type { GeoLevel } from "./release-types.ts";
import { fingerprint } from "./fingerprint.ts";
import { lightCombinations } from "./light.ts";
import { PRIMES, RowSpace, type Vector } from "./row-space.ts";

export interface SeriesCell extends SignedSet {
  key: string;
  /** Position of the key among every cell's keys in `localeCompare` order (the last tie-break). */
  rank: number;
  /** Cases behind the cell in this series. */
  count: number;
  level: GeoLevel;
  /** Passed the primary rule (and, for a role pair, its group is published): may be published. */
  candidate: boolean;
}

export interface SeriesProblem extends ClassInput {
  /** Earlier released rows, in earlier class coordinates. */
  oldRows: number[][];
  cells: SeriesCell[];
  minCases: number;
  /** Position of each contribution in period, district, unit order: columns follow it, so that rows stay narrow. */
  order?: Int32Array;
}

const LEVEL = { unit: 0, district: 1, total: 2 } as const;

/** Row order of the elimination: units, then districts, then totals, so that pivots stay sparse. */
const finerFirst = (a: SeriesCell[], b: SeriesCell[]): number =>
  LEVEL[a[0].level] - LEVEL[b[0].level] || a[0].count - b[0].count || a[0].rank - b[0].rank;

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
  a[0].count - b[0].count || LEVEL[a[0].level] - LEVEL[b[0].level] || a[0].rank - b[0].rank;

/** Targets: every class of fewer than minCases members, and every hidden cell that does not split a class. */
function targetsOf(problem: SeriesProblem, classes: Classes, published: Set<SeriesCell>): Vector[] {
  const out: Vector[] = [];
  for (let c = 1; c <= classes.count; c++) if (classes.size[c] < problem.minCases) out.push({ cols: [c], coefs: [1] });
  for (const cell of problem.cells) {
    if (cell.count === 0 || published.has(cell)) continue;
    const t = targetVector(classes, cell);
    if (t) out.push(t);
  }
  return out;
}

/**
 * For each target that the released rows determine, the new rows (groups) of one combination that
 * equals it; combinations of earlier rows alone are left out (nothing new is revealed). A target counts
 * as determined when either prime says so. Each prime's space is first built without tracking sources
 * (most series determine nothing) and rebuilt with them only when some target lies in it.
 * When nothing is determined: the linearly independent rows (a row is left out only when both primes
 * find it dependent, so no released row is forgotten), and each published cell's row.
 */
function check(problem: SeriesProblem, classes: Classes, groups: SeriesCell[][], kept: Set<number>): { blames: number[][]; independent: Vector[]; cellRows: Map<string, Vector> } {
  const published = new Set(groups.filter((_, gi) => kept.has(gi)).flat());
  const targets = targetsOf(problem, classes, published);
  const rows: [Vector, number | undefined][] = problem.oldRows.map((r) => [oldRowVector(classes, r), undefined]);
  const cellRows = new Map<string, Vector>();
  groups.forEach((g, gi) => {
    if (!kept.has(gi)) return;
    for (const c of g) {
      const v = rowVector(classes, c);
      cellRows.set(c.key, v);
      rows.push([v, gi]);
    }
  });
  const raised = new Uint8Array(rows.length);
  const build = (prime: number, track: boolean) => {
    const s = new RowSpace(classes.count + 1, prime, track ? groups.length : 0);
    rows.forEach(([v, gi], k) => {
      if (s.add(v, track ? gi : undefined)) raised[k] = 1;
    });
    return s;
  };
  for (const prime of PRIMES) {
    let s = build(prime, false);
    const all = [...targets, ...lightCombinations(s, classes, problem.minCases)];
    if (!all.some((t) => s.contains(t))) continue;
    s = build(prime, true);
    const blames = all.map((t) => s.express(t)).filter((b): b is number[] => b !== null && b.length > 0);
    if (blames.length > 0) return { blames, independent: [], cellRows };
  }
  return { blames: [], independent: rows.filter((_, k) => raised[k]).map(([v]) => v), cellRows };
}

/** What a series publishes: the cells, the classes of its contributions, its independent released rows, and each published cell's row. */
export interface SeriesOutcome {
  published: Set<string>;
  classes: Classes;
  rows: Vector[];
  cellRows: Map<string, Vector>;
}

/**
 * Chooses which candidate cells of one series to publish. Starts from every candidate and, while some
 * hidden number is determined by the released rows (this release's and every earlier one's), drops the
 * cheapest new row that the determining combination uses. Ends because each round drops a row; at
 * worst nothing new is published and the earlier releases stand as they were.
 * Returns the cells to publish, with the classes and rows the next release's links keep.
 */
export function protectSeries(problem: SeriesProblem): SeriesOutcome {
  const groups = groupIdentical(problem.cells);
  const kept = new Set(groups.map((_, i) => i));
  for (;;) {
    const rows = groups.filter((_, i) => kept.has(i)).flat();
    const classes = refineClasses(problem, rows, problem.order, problem.minCases);
    const { blames, independent, cellRows } = check(problem, classes, groups, kept);
    if (blames.length === 0) return { published: new Set(rows.map((c) => c.key)), classes, rows: independent, cellRows };
    const drop = new Set<number>();
    for (const blame of blames) {
      if (blame.some((g) => drop.has(g))) continue;
      drop.add(blame.reduce((best, g) => (cheaper(groups[g], groups[best]) < 0 ? g : best)));
    }
    for (const g of drop) kept.delete(g);
  }
}

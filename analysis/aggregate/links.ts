// The links between releases: earlier classes and rows of a series for the current contributions, and the links a release leaves for the next.
import type { Contribution } from "./cells.ts";
import { oldRowVector, signedIds, type ClassInput } from "./classes.ts";
import type { SeriesOutcome } from "./protect-series.ts";
import type { ReleaseLinks, SeriesLinks } from "./release-types.ts";

export interface SeriesHistory extends ClassInput {
  oldRows: number[][];
  /** Each cell's row when it was last published, over earlier classes. */
  oldCells: Map<string, number[]>;
}

const SEP = "\u0001";
const keyOf = (c: Contribution): string => [c.caseKey, c.period, c.version].join(SEP);

/** Index of each current contribution in the earlier links' keys (−1: new or changed since). */
export function linkedIndex(links: ReleaseLinks | null, contributions: Contribution[]): Int32Array {
  const index = new Map((links?.keys ?? []).map((k, i) => [k.join(SEP), i]));
  return Int32Array.from(contributions, (c) => index.get(keyOf(c)) ?? -1);
}

/**
 * Earlier classes and rows of one series over the current contributions. Earlier members without a
 * current contribution (the case was deleted, or its scores changed) become phantoms of their class:
 * they stay in the earlier rows, so later rows are checked against them.
 */
export function seriesHistory(links: ReleaseLinks | null, series: string, linked: Int32Array): SeriesHistory {
  const stored = links?.series[series];
  const oldClass = new Int32Array(linked.length);
  const phantoms = new Map<number, number>(stored?.phantoms ?? []);
  if (!stored) return { oldClass, oldClasses: 0, phantoms, oldRows: [], oldCells: new Map() };
  const classOf = stored.classOf;
  const alive = new Uint8Array(classOf.length);
  for (let i = 0; i < linked.length; i++) {
    const k = linked[i];
    if (k < 0) continue;
    alive[k] = 1;
    oldClass[i] = classOf[k] ?? 0;
  }
  for (let k = 0; k < classOf.length; k++) {
    const c = classOf[k];
    if (c !== 0 && !alive[k]) phantoms.set(c, (phantoms.get(c) ?? 0) + 1);
  }
  return { oldClass, oldClasses: stored.classes, phantoms, oldRows: stored.rows, oldCells: new Map(stored.cells) };
}

/** Earlier class sizes: live members now plus phantoms. */
export function oldSizes(history: SeriesHistory): (c: number) => number {
  const size = new Int32Array(history.oldClasses + 1);
  for (const [c, n] of history.phantoms) if (c <= history.oldClasses) size[c] += n;
  for (let i = 0; i < history.oldClass.length; i++) size[history.oldClass[i]]++;
  return (c) => (c > 0 && c <= history.oldClasses ? size[c] : 0);
}

/**
 * The series' links after this release, from the outcome of its protection (classes are numbered 1…n):
 * the cells published now with their new rows, the others with their earlier rows in the new classes.
 */
export function nextSeriesLinks(outcome: SeriesOutcome, history: SeriesHistory): Omit<SeriesLinks, "classOf"> & { classOf: Int32Array } {
  const { classes } = outcome;
  const phantoms: [number, number][] = [];
  for (let c = 1; c <= classes.count; c++) if (classes.size[c] > classes.live[c]) phantoms.push([c, classes.size[c] - classes.live[c]]);
  const cells = new Map<string, number[]>();
  for (const [key, row] of history.oldCells) cells.set(key, signedIds(oldRowVector(classes, row)));
  for (const [key, row] of outcome.cellRows) cells.set(key, signedIds(row));
  return { classOf: classes.of, phantoms, classes: classes.count, rows: outcome.rows.map(signedIds), cells: [...cells] };
}

/** Links of a whole release from each series' links; only contributions in some released row keep a key. */
export function assembleLinks(threshold: number, contributions: Contribution[], series: Map<string, ReturnType<typeof nextSeriesLinks>>): ReleaseLinks {
  const used = new Int32Array(contributions.length).fill(-1);
  const keys: [string, string, string][] = [];
  for (const s of series.values()) {
    s.classOf.forEach((c, i) => {
      if (c === 0 || used[i] >= 0) return;
      used[i] = keys.length;
      keys.push([contributions[i].caseKey, contributions[i].period, contributions[i].version]);
    });
  }
  const out: Record<string, SeriesLinks> = {};
  for (const [name, s] of series) {
    const classOf = new Array<number>(keys.length).fill(0);
    s.classOf.forEach((c, i) => {
      if (c !== 0) classOf[used[i]] = c;
    });
    out[name] = { classOf, phantoms: s.phantoms, classes: s.classes, rows: s.rows, cells: s.cells };
  }
  return { format: 1, threshold, keys, series: out };
}

/**
 * Links without the given cases (erasure): their keys are removed and they become phantoms of their
 * classes, so later releases are still checked against what was published with them.
 */
export function forgetCases(links: ReleaseLinks, caseKeys: Iterable<string>): ReleaseLinks {
  const gone = new Set(caseKeys);
  const remap = new Int32Array(links.keys.length).fill(-1);
  const keys: [string, string, string][] = [];
  links.keys.forEach((k, i) => {
    if (gone.has(k[0])) return;
    remap[i] = keys.length;
    keys.push(k);
  });
  const series: Record<string, SeriesLinks> = {};
  for (const [name, s] of Object.entries(links.series)) {
    const phantoms = new Map(s.phantoms);
    const classOf = new Array<number>(keys.length).fill(0);
    s.classOf.forEach((c, k) => {
      if (remap[k] >= 0) classOf[remap[k]] = c;
      else if (c !== 0) phantoms.set(c, (phantoms.get(c) ?? 0) + 1);
    });
    series[name] = { ...s, classOf, phantoms: [...phantoms] };
  }
  return { ...links, keys, series };
}

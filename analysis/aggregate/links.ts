// The links between releases: earlier classes and rows of a series for the current contributions, and the links a release leaves for the next.
import type { Contribution } from "./cells.ts";
import { oldRowTerms, refineClasses, rowTerms, type ClassInput, type SignedSet } from "./classes.ts";
import type { ReleaseLinks, SeriesLinks } from "./release-types.ts";
import { PRIMES, RowSpace } from "./row-space.ts";

export interface SeriesHistory extends ClassInput {
  oldRows: [number, number][][];
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
  if (!stored) return { oldClass, oldClasses: 0, phantoms, oldRows: [] };
  const classOfKey = new Map(stored.classOf);
  const alive = new Set<number>();
  linked.forEach((k, i) => {
    if (k < 0) return;
    alive.add(k);
    oldClass[i] = classOfKey.get(k) ?? 0;
  });
  for (const [k, c] of stored.classOf) if (!alive.has(k)) phantoms.set(c, (phantoms.get(c) ?? 0) + 1);
  return { oldClass, oldClasses: stored.classes, phantoms, oldRows: stored.rows };
}

/**
 * The series' links after this release: classes refined by the published rows, renumbered 1…n; the
 * linearly independent rows among the earlier and the published ones (a row is dropped only when
 * both primes find it dependent, so no released row is forgotten); phantoms per class.
 * `classOf` is indexed by contribution.
 */
export function nextSeriesLinks(history: SeriesHistory, published: SignedSet[]): Omit<SeriesLinks, "classOf"> & { classOf: Int32Array } {
  const classes = refineClasses(history, published);
  const ids = new Map([...classes.size.keys()].sort((a, b) => a - b).map((c, i) => [c, i + 1]));
  const all = [...history.oldRows.map((r) => oldRowTerms(classes, r)), ...published.map((s) => rowTerms(classes, s))];
  const spaces = PRIMES.map((p) => new RowSpace(ids.size + 1, p));
  const independent = all.filter((row) => spaces.map((s) => s.add(row.map(([c, v]): [number, number] => [ids.get(c) as number, v]))).some(Boolean));
  const renumber = (c: number) => ids.get(c) ?? 0;
  return {
    classOf: Int32Array.from(classes.of, renumber),
    phantoms: [...classes.size].filter(([c, n]) => n > (classes.live.get(c) ?? 0)).map(([c, n]) => [renumber(c), n - (classes.live.get(c) ?? 0)]),
    classes: ids.size,
    rows: independent.map((row) => row.map(([c, s]): [number, number] => [renumber(c), s])),
  };
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
    const classOf: [number, number][] = [];
    s.classOf.forEach((c, i) => {
      if (c !== 0) classOf.push([used[i], c]);
    });
    out[name] = { classOf, phantoms: s.phantoms, classes: s.classes, rows: s.rows };
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
    const classOf: [number, number][] = [];
    for (const [k, c] of s.classOf) {
      if (remap[k] >= 0) classOf.push([remap[k], c]);
      else phantoms.set(c, (phantoms.get(c) ?? 0) + 1);
    }
    series[name] = { ...s, classOf, phantoms: [...phantoms] };
  }
  return { ...links, keys, series };
}

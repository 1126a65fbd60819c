// Naive reference for releases: cell sets and values recomputed from raw contributions, and every released number as a linear equation.
import { expect } from "vitest";
import type { ChangeValues, PairValues, Release, ReleaseContribution } from "../../../analysis/aggregate/release-types.ts";
import { ExactSpan, type Vec } from "./exact-span.ts";
import { nullColumns } from "./null-space.ts";

/** A release and the raw data it was computed from. */
export interface Snapshot {
  release: Release;
  contributions: ReleaseContribution[];
}

type Geo = { level: string; district: string | null; unit: string | null };
const pairOf = (rater: string, target: string) => `${rater}→${target}`;
const scoreOf = (c: ReleaseContribution, pair: string) => c.scores.find((s) => pairOf(s.rater, s.target) === pair)?.score;
const inGeo = (c: ReleaseContribution, g: Geo) => g.level === "total" || (c.district === g.district && (g.level === "district" || c.unit === g.unit));

/** A variable: one case's score of one pair in one period, as it was (new scores are a new variable). */
export const variable = (c: ReleaseContribution, pair: string) =>
  `${c.caseKey}|${c.period}|${JSON.stringify([...c.scores].sort((a, b) => pairOf(a.rater, a.target).localeCompare(pairOf(b.rater, b.target))))}|${pair}`;

/** Periods by earliest close, then name (as documented). */
export function periodsOf(contributions: ReleaseContribution[]): string[] {
  const first = new Map<string, string>();
  for (const c of contributions) if (!first.has(c.period) || c.closedAt < (first.get(c.period) as string)) first.set(c.period, c.closedAt);
  return [...first].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], "nb")).map(([p]) => p);
}

/** Period cell: the contributions with the pair scored. */
export const periodMembers = (data: ReleaseContribution[], period: string, g: Geo, pair: string) =>
  data.filter((c) => c.period === period && inGeo(c, g) && scoreOf(c, pair) !== undefined);

/** Change cell: [earlier, later] of each case with the pair scored in both (geography of the later). */
export function changeMembers(data: ReleaseContribution[], from: string, to: string, g: Geo, pair: string | null): [ReleaseContribution, ReleaseContribution][] {
  const before = new Map(data.filter((c) => c.period === from).map((c) => [c.caseKey, c]));
  return data
    .filter((c) => c.period === to && inGeo(c, g) && before.has(c.caseKey))
    .map((c): [ReleaseContribution, ReleaseContribution] => [before.get(c.caseKey) as ReleaseContribution, c])
    .filter(([a, b]) => pair === null || (scoreOf(a, pair) !== undefined && scoreOf(b, pair) !== undefined));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The equations of one published cell: sum of scores (n·mean) over x variables, and the weak count over w variables. */
function periodRow(members: ReleaseContribution[], pair: string): Vec[] {
  return [new Map(members.map((c) => [`x:${variable(c, pair)}`, 1n])), new Map(members.map((c) => [`w:${variable(c, pair)}`, 1n]))];
}
function changeRow(members: [ReleaseContribution, ReleaseContribution][], pair: string): Vec[] {
  const v: Vec = new Map();
  for (const [a, b] of members) v.set(`x:${variable(a, pair)}`, -1n).set(`x:${variable(b, pair)}`, 1n);
  return [v];
}

/**
 * Checks every published number of `snap` against a recomputation from the raw data of the release it
 * was computed in (`asOf`: this one, or an earlier one it was carried from), and returns the equations
 * the release adds per pair (cells computed in it; carried cells repeat earlier equations).
 */
export function checkAndCollect(snap: Snapshot, earlier: Map<string, Snapshot>): Map<string, Vec[]> {
  const { release } = snap;
  const rows = new Map<string, Vec[]>();
  const push = (pair: string, vs: Vec[]) => rows.set(pair, [...(rows.get(pair) ?? []), ...vs]);
  const dataOf = (asOf: string) => {
    const from = asOf === release.id ? snap : earlier.get(asOf);
    expect(from, `asOf ${asOf}`).toBeDefined();
    return (from as Snapshot).contributions;
  };
  for (const t of release.periodTables) {
    for (const m of t.matrices) {
      expect(m.cases).toBeGreaterThanOrEqual(release.minCases);
      expect(m.cases).toBe(dataOf(m.asOf).filter((c) => c.period === t.period && inGeo(c, m)).length);
      for (const cell of m.cells as (PairValues & { rater: string; target: string; asOf: string })[]) {
        const pair = pairOf(cell.rater, cell.target);
        const members = periodMembers(dataOf(cell.asOf), t.period, m, pair);
        const xs = members.map((c) => scoreOf(c, pair) as number);
        expect(cell.n).toBe(xs.length);
        expect(cell.n).toBeGreaterThanOrEqual(release.minCases);
        expect(cell.mean).toBeCloseTo(mean(xs), 10);
        expect(cell.median).toBeCloseTo(median(xs), 10);
        expect(cell.weakShare).toBeCloseTo(xs.filter((x) => x <= release.threshold + 1e-9).length / xs.length, 12);
        if (cell.asOf === release.id) push(pair, periodRow(members, pair));
      }
    }
  }
  for (const t of release.changeTables) {
    for (const m of t.matrices) {
      expect(m.cases).toBeGreaterThanOrEqual(release.minCases);
      expect(m.cases).toBe(changeMembers(dataOf(m.asOf), t.from, t.to, m, null).length);
      for (const cell of m.cells as (ChangeValues & { rater: string; target: string; asOf: string })[]) {
        const pair = pairOf(cell.rater, cell.target);
        const members = changeMembers(dataOf(cell.asOf), t.from, t.to, m, pair);
        const ds = members.map(([a, b]) => (scoreOf(b, pair) as number) - (scoreOf(a, pair) as number));
        expect(cell.n).toBe(ds.length);
        expect(cell.n).toBeGreaterThanOrEqual(release.minCases);
        expect(cell.meanDelta).toBeCloseTo(mean(ds), 10);
        expect(cell.medianDelta).toBeCloseTo(median(ds), 10);
        if (cell.asOf === release.id) push(pair, changeRow(members, pair));
      }
    }
  }
  return rows;
}

/** Every cell a release could have: per period and per consecutive change, the total, districts and units, per pair. */
export function allCells(data: ReleaseContribution[]): { key: string; kind: "period" | "change"; pair: string; vec: Vec; published: (r: Release) => boolean }[] {
  const periods = periodsOf(data);
  const pairs = [...new Set(data.flatMap((c) => c.scores.map((s) => pairOf(s.rater, s.target))))].sort();
  const geos: Geo[] = [{ level: "total", district: null, unit: null }];
  for (const d of [...new Set(data.map((c) => c.district))]) {
    geos.push({ level: "district", district: d, unit: null });
    for (const u of [...new Set(data.filter((c) => c.district === d).map((c) => c.unit))]) geos.push({ level: "unit", district: d, unit: u });
  }
  const same = (m: Geo, g: Geo) => m.level === g.level && m.district === g.district && m.unit === g.unit;
  const out: ReturnType<typeof allCells> = [];
  for (const pair of pairs) {
    for (const g of geos) {
      periods.forEach((p, k) => {
        const members = periodMembers(data, p, g, pair);
        if (members.length > 0) {
          out.push({
            key: `${p}|${g.level}|${g.district}|${g.unit}|${pair}`, kind: "period", pair, vec: periodRow(members, pair)[0],
            published: (r) => !!r.periodTables.find((t) => t.period === p)?.matrices.find((m) => same(m, g))?.cells.some((c) => pairOf(c.rater, c.target) === pair && c.asOf === r.id),
          });
        }
        if (k === 0) return;
        const both = changeMembers(data, periods[k - 1], p, g, pair);
        if (both.length > 0) {
          out.push({
            key: `${periods[k - 1]}→${p}|${g.level}|${g.district}|${g.unit}|${pair}`, kind: "change", pair, vec: changeRow(both, pair)[0],
            published: (r) => !!r.changeTables.find((t) => t.from === periods[k - 1] && t.to === p)?.matrices.find((m) => same(m, g))?.cells.some((c) => pairOf(c.rater, c.target) === pair && c.asOf === r.id),
          });
        }
      });
    }
  }
  return out;
}

/**
 * The linear attack on a history of releases: for each release, every equation it and the releases before
 * it published, per pair. Returns what a release newly determines that should stay hidden: a single case
 * value (x or weak flag w), the sum of a cell it did not publish, or (when minCases > 2) a combination
 * of two case values (x_a − c·x_b, e.g. the case measured once minus the case that joined). "Newly": what the earlier
 * releases already determined is not counted (it was published then).
 */
export function newlyDetermined(history: Snapshot[]): string[] {
  const earlier = new Map<string, Snapshot>();
  const spans = new Map<string, { before: ExactSpan; now: ExactSpan }>();
  const span = (pair: string) => {
    let s = spans.get(pair);
    if (!s) spans.set(pair, (s = { before: new ExactSpan(), now: new ExactSpan() }));
    return s;
  };
  const found: string[] = [];
  const variables = new Map<string, Set<string>>();
  const allRows = new Map<string, Vec[]>();
  const rowsBefore = new Map<string, Vec[]>();
  history.forEach((snap, r) => {
    const rows = checkAndCollect(snap, earlier);
    for (const [pair, vs] of rows) for (const v of vs) span(pair).now.add(v);
    for (const c of snap.contributions) for (const s of c.scores) {
      const pair = pairOf(s.rater, s.target);
      const set = variables.get(pair) ?? new Set();
      set.add(`x:${variable(c, pair)}`).add(`w:${variable(c, pair)}`);
      variables.set(pair, set);
    }
    const leaks = (pair: string, target: Vec, what: string) => {
      const s = span(pair);
      if (s.now.contains(target) && !s.before.contains(target)) found.push(`release ${r + 1}: ${what}`);
    };
    for (const [pair, names] of variables) for (const name of names) leaks(pair, new Map([[name, 1n]]), `value ${name}`);
    for (const cell of allCells(snap.contributions)) if (!cell.published(snap.release)) leaks(cell.pair, cell.vec, `hidden cell ${cell.key}`);
    for (const [pair, vs] of rows) allRows.set(pair, [...(allRows.get(pair) ?? []), ...vs]);
    // Two contributions are fewer than minCases unless minCases is 2.
    for (const [pair, names] of snap.release.minCases > 2 ? variables : new Map()) {
      const xs = [...(names as Set<string>)].filter((v) => v.startsWith("x:"));
      const now = nullColumns(allRows.get(pair) ?? [], xs);
      const before = nullColumns(rowsBefore.get(pair) ?? [], xs);
      const parallel = (cols: Map<string, string>, a: string, b: string) => cols.get(a) !== "0" && cols.get(a) === cols.get(b);
      for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) {
        if (parallel(now, xs[i], xs[j]) && !parallel(before, xs[i], xs[j])) found.push(`release ${r + 1}: combination of ${xs[i]} and ${xs[j]}`);
      }
    }
    for (const [pair, vs] of rows) for (const v of vs) span(pair).before.add(v);
    for (const [pair, vs] of rows) rowsBefore.set(pair, [...(rowsBefore.get(pair) ?? []), ...vs]);
    earlier.set(snap.release.id, snap);
  });
  return found;
}

/**
 * The rule between releases, checked naively: a cell published with a new value in a release, and with
 * a new value in an earlier one, differs from the last of those by 0 or at least minCases cases
 * (contributions that joined or left, a changed score counting as both).
 */
export function timeRuleViolations(history: Snapshot[]): string[] {
  const found: string[] = [];
  const last = new Map<string, Set<string>>();
  history.forEach((snap, r) => {
    for (const cell of allCells(snap.contributions)) {
      if (!cell.published(snap.release)) continue;
      const members = new Set([...cell.vec.keys()].map((k) => k.split("|").slice(0, 3).join("|")));
      const before = last.get(cell.key);
      if (before) {
        const changed = [...members].filter((m) => !before.has(m)).length + [...before].filter((m) => !members.has(m)).length;
        const cases = cell.kind === "change" ? Math.ceil(changed / 2) : changed;
        if (cases > 0 && cases < snap.release.minCases) found.push(`release ${r + 1}: ${cell.key} changed by ${cases}`);
      }
      last.set(cell.key, members);
    }
  });
  return found;
}

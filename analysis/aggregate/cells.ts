// The cells a release can publish: per period the total, each district and each unit; the same for the change between consecutive periods.
import type { SignedSet } from "./classes.ts";
import type { GeoLevel } from "./release-types.ts";

/** A contribution after validation: its scores by pair id (see `ParsedContributions`), and a version that changes with them. */
export interface Contribution {
  caseKey: string;
  period: string;
  district: string;
  unit: string;
  closedAt: string;
  version: string;
  /** Pair ids of the scored role pairs, and their scores (same index). */
  pairs: Int32Array;
  values: Float64Array;
}

export interface CellDef {
  /** Stable across releases: table, level and group. */
  key: string;
  kind: "period" | "change";
  /** The period (period table) or the later period (change table). */
  period: string;
  /** The earlier period of a change table. */
  from: string | null;
  level: GeoLevel;
  district: string | null;
  unit: string | null;
  /** Period cell: contribution indices. */
  members: number[];
  /** Change cell: [earlier, later] contribution indices of each case measured in both. */
  pairs: [number, number][];
}

const SEP = "\u0001";

export function cellKey(kind: "period" | "change", from: string | null, period: string, level: GeoLevel, district: string | null, unit: string | null): string {
  return [kind, from ?? "", period, level, district ?? "", unit ?? ""].join(SEP);
}

type Geo = Pick<CellDef, "level" | "district" | "unit">;

/** The total, the contribution's district and its unit (a unit is named within its district). */
const geosOf = (c: Contribution): Geo[] => [
  { level: "total", district: null, unit: null },
  { level: "district", district: c.district, unit: null },
  { level: "unit", district: c.district, unit: c.unit },
];

/** Periods ordered by their earliest close, then name. */
export function periodOrder(contributions: Contribution[]): string[] {
  const first = new Map<string, string>();
  for (const c of contributions) {
    const seen = first.get(c.period);
    if (seen === undefined || c.closedAt < seen) first.set(c.period, c.closedAt);
  }
  return [...first].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], "nb")).map(([p]) => p);
}

/**
 * Every cell of the period tables and of the change tables between consecutive periods, each with
 * the contributions it is computed from. The geography of a change cell is the case's in the later period.
 */
export function buildCells(contributions: Contribution[], periods: string[]): CellDef[] {
  const cells = new Map<string, CellDef>();
  const cell = (kind: "period" | "change", from: string | null, period: string, geo: Geo): CellDef => {
    const key = cellKey(kind, from, period, geo.level, geo.district, geo.unit);
    let found = cells.get(key);
    if (!found) {
      found = { key, kind, period, from, ...geo, members: [], pairs: [] };
      cells.set(key, found);
    }
    return found;
  };
  // The three cells (total, district, unit) of each table and place, found once per place.
  const places = new Map<string, CellDef[]>();
  const cellsOf = (kind: "period" | "change", from: string | null, period: string, c: Contribution): CellDef[] => {
    const place = [kind, from ?? "", period, c.district, c.unit].join(SEP);
    let found = places.get(place);
    if (!found) places.set(place, (found = geosOf(c).map((geo) => cell(kind, from, period, geo))));
    return found;
  };
  const byPeriod = new Map<string, Map<string, number>>(periods.map((p) => [p, new Map()]));
  contributions.forEach((c, i) => {
    byPeriod.get(c.period)?.set(c.caseKey, i);
    for (const found of cellsOf("period", null, c.period, c)) found.members.push(i);
  });
  for (let k = 1; k < periods.length; k++) {
    const before = byPeriod.get(periods[k - 1]) as Map<string, number>;
    for (const [caseKey, i] of byPeriod.get(periods[k]) as Map<string, number>) {
      const j = before.get(caseKey);
      if (j === undefined) continue;
      for (const found of cellsOf("change", periods[k - 1], periods[k], contributions[i])) found.pairs.push([j, i]);
    }
  }
  return [...cells.values()];
}

export type CellSet = SignedSet & { count: number };

/**
 * Every cell's contributions in every series, in two passes (sizes, then fill): "*" holds every case; the
 * series of pair id k (named `pairs[k]`) the cases with the pair scored (in both periods for a change cell, the earlier
 * side signed −1).
 */
export function seriesSets(cells: CellDef[], contributions: Contribution[], pairs: string[]): Map<string, CellSet[]> {
  const names = ["*", ...pairs];
  const seriesOf = contributions.map((c) => c.pairs.map((pair) => pair + 1));
  const C = cells.length;
  const S = names.length;
  const has = new Uint8Array(contributions.length * S);
  seriesOf.forEach((list, i) => list.forEach((s) => (has[i * S + s] = 1)));
  // Pass 1 counts each (series, cell) set; pass 2 fills typed arrays of those sizes.
  const sizes = new Int32Array(S * C);
  cells.forEach((cell, ci) => {
    sizes[ci] += cell.members.length + 2 * cell.pairs.length;
    for (const i of cell.members) {
      const list = seriesOf[i];
      for (let k = 0; k < list.length; k++) sizes[list[k] * C + ci]++;
    }
    for (const [j, i] of cell.pairs) {
      const list = seriesOf[i];
      for (let k = 0; k < list.length; k++) if (has[j * S + list[k]]) sizes[list[k] * C + ci] += 2;
    }
  });
  // One buffer for every set, each set a view of its own range (start[k] … start[k] + sizes[k]).
  const start = new Int32Array(S * C + 1);
  for (let k = 0; k < S * C; k++) start[k + 1] = start[k] + sizes[k];
  const memberBuffer = new Int32Array(start[S * C]);
  const signBuffer = new Int8Array(start[S * C]);
  const filled = start.slice(0, S * C);
  const put = (k: number, member: number, sign: number) => {
    memberBuffer[filled[k]] = member;
    signBuffer[filled[k]++] = sign;
  };
  cells.forEach((cell, ci) => {
    for (const i of cell.members) {
      put(ci, i, 1);
      const list = seriesOf[i];
      for (let k = 0; k < list.length; k++) put(list[k] * C + ci, i, 1);
    }
    for (const [j, i] of cell.pairs) {
      put(ci, j, -1);
      put(ci, i, 1);
      const list = seriesOf[i];
      for (let k = 0; k < list.length; k++) {
        const s = list[k];
        if (!has[j * S + s]) continue;
        put(s * C + ci, j, -1);
        put(s * C + ci, i, 1);
      }
    }
  });
  return new Map(names.map((name, s) => [name, cells.map((cell, ci): CellSet => {
    const k = s * C + ci;
    return { members: memberBuffer.subarray(start[k], start[k + 1]), signs: signBuffer.subarray(start[k], start[k + 1]), count: cell.kind === "period" ? sizes[k] : sizes[k] / 2 };
  })]));
}

/** Empty sets for a series without contributions (e.g. a role pair only earlier releases had). */
export const emptySets = (cells: CellDef[]): CellSet[] => cells.map(() => ({ members: new Int32Array(0), signs: new Int8Array(0), count: 0 }));

// Assembles the published tables of a release from the cells' states: fresh values, values carried from an earlier release, or nothing.
import type { CellDef, CellSet, Contribution } from "./cells.ts";
import { cellKey } from "./cells.ts";
import { changeValues, pairValues, scoreTables } from "./cell-values.ts";
import { pairKey, roleOrder } from "./observations.ts";
import type { ChangeTable, ChangeValues, PairValues, PeriodTable, PublishedCell, Release, ReleaseMatrix } from "./release-types.ts";

type AnyMatrix = ReleaseMatrix<PairValues> | ReleaseMatrix<ChangeValues>;
type AnyCell = PublishedCell<PairValues> | PublishedCell<ChangeValues>;

/** An earlier matrix, with its cells by pair key built on first use (most are never asked for). */
interface Earlier {
  matrix: AnyMatrix;
  cells: () => Map<string, AnyCell>;
}

/** The matrices of a release by cell key. */
function matricesByKey(release: Release | null | undefined): Map<string, Earlier> {
  const out = new Map<string, Earlier>();
  const add = (kind: "period" | "change", from: string | null, period: string, m: AnyMatrix) => {
    let cells: Map<string, AnyCell> | undefined;
    out.set(cellKey(kind, from, period, m.level, m.district, m.unit), {
      matrix: m,
      cells: () => (cells ??= new Map(m.cells.map((c: AnyCell) => [pairKey(c.rater, c.target), c]))),
    });
  };
  for (const t of release?.periodTables ?? []) for (const m of t.matrices) add("period", null, t.period, m);
  for (const t of release?.changeTables ?? []) for (const m of t.matrices) add("change", t.from, t.to, m);
  return out;
}

export interface OutputInput {
  id: string;
  publishedAt: string;
  minCases: number;
  threshold: number;
  periods: string[];
  contributions: Contribution[];
  /** Pair key of each pair id. */
  pairs: string[];
  cells: CellDef[];
  /** Case count of each cell (same order as `cells`). */
  counts: number[];
  /** Each series' contributions per cell (same order as `cells`). */
  sets: Map<string, CellSet[]>;
  /** Cell keys whose group is published with new values. */
  freshGroups: Set<string>;
  /** Per pair key: cell keys whose pair cell is published with new values. */
  freshPairs: Map<string, Set<string>>;
  previous: Release | null;
}

const LEVELS = ["total", "district", "unit"] as const;
const byGroup = (a: CellDef, b: CellDef): number =>
  LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.district ?? "").localeCompare(b.district ?? "", "nb") || (a.unit ?? "").localeCompare(b.unit ?? "", "nb");

/**
 * Every group published fresh or carried, in order (total, districts, units). A fresh group's pair cells
 * are fresh where protected as such, carried where the earlier release published them, hidden otherwise;
 * a carried group is the earlier release's matrix unchanged. Hidden groups are left out, unnamed.
 */
export function assembleRelease(o: OutputInput): Release {
  const earlier = matricesByKey(o.previous);
  const tables = scoreTables(o.contributions, o.pairs.length);
  const pairId = new Map(o.pairs.map((p, i) => [p, i]));
  const pairs = [...o.freshPairs].map(([pair, fresh]) => {
    const [rater, target] = pair.split("\u0000");
    return { pair, rater, target, fresh, sets: o.sets.get(pair) as CellSet[], scores: tables[pairId.get(pair) as number] };
  });
  const index = new Map(o.cells.map((c, i) => [c.key, i]));
  const matrixOf = (cell: CellDef): AnyMatrix | null => {
    const before = earlier.get(cell.key);
    if (!o.freshGroups.has(cell.key)) return before ? ({ ...before.matrix, cells: [...before.matrix.cells] } as AnyMatrix) : null;
    const i = index.get(cell.key) as number;
    const cells: AnyCell[] = [];
    for (const { pair, rater, target, fresh, sets, scores } of pairs) {
      if (fresh.has(cell.key)) {
        if (cell.kind === "period") {
          const v = pairValues(scores, sets[i], o.threshold);
          cells.push({ rater, target, asOf: o.id, n: v.n, mean: v.mean, median: v.median, weakShare: v.weakShare });
        } else {
          const v = changeValues(scores, sets[i]);
          cells.push({ rater, target, asOf: o.id, n: v.n, meanDelta: v.meanDelta, medianDelta: v.medianDelta });
        }
      } else {
        const carried = before?.cells().get(pair);
        if (carried) cells.push(carried);
      }
    }
    return { level: cell.level, district: cell.district, unit: cell.unit, cases: o.counts[i], asOf: o.id, cells } as AnyMatrix;
  };
  const tableCells = (kind: "period" | "change", period: string) => o.cells.filter((c) => c.kind === kind && c.period === period).sort(byGroup);
  const periodTables: PeriodTable[] = [];
  const changeTables: ChangeTable[] = [];
  o.periods.forEach((period, k) => {
    const matrices = tableCells("period", period).map(matrixOf).filter((m): m is AnyMatrix => m !== null);
    if (matrices.length > 0) periodTables.push({ kind: "period", period, matrices: matrices as ReleaseMatrix<PairValues>[] });
    if (k === 0) return;
    const changes = tableCells("change", period).map(matrixOf).filter((m): m is AnyMatrix => m !== null);
    if (changes.length > 0) changeTables.push({ kind: "change", from: o.periods[k - 1], to: period, matrices: changes as ReleaseMatrix<ChangeValues>[] });
  });
  const all = [...periodTables, ...changeTables].flatMap((t) => t.matrices as AnyMatrix[]);
  const seen = new Set<string>();
  for (const m of all) for (const c of m.cells) seen.add(c.rater).add(c.target);
  const roles = roleOrder(seen);
  const rank = new Map(roles.map((r, i) => [r, i]));
  // Rows (raters) in role order, then columns: sorted by one number per cell.
  const place = (c: AnyCell) => (rank.get(c.rater) as number) * roles.length + (rank.get(c.target) as number);
  for (const m of all) {
    const keyed = (m.cells as AnyCell[]).map((c) => ({ at: place(c), c }));
    keyed.sort((a, b) => a.at - b.at);
    (m as { cells: AnyCell[] }).cells = keyed.map((k) => k.c);
  }
  return {
    id: o.id, publishedAt: o.publishedAt, minCases: o.minCases, threshold: o.threshold, dimension: "all",
    periods: periodTables.map((t) => t.period), roles, periodTables, changeTables,
  };
}

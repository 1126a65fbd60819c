// What one aggregate request sees of a release: a matrix and its breakdown, every role pair present, hidden ones marked — nothing computed anew.
import type { ChangeValues, GeoLevel, PairValues, PublishedCell, Release, ReleaseMatrix } from "./release-types.ts";

/** A role pair in a view: the published values, or every number null with `suppressed` (empty and too small alike). */
export type ViewCell<V> = { rater: string; target: string; suppressed: boolean; reason: "hidden" | null; asOf: string | null } & { [K in keyof V]: V[K] | null };

export interface ViewMatrix<V> {
  /** Group name (district, unit or period); null for the matrix the request is about. */
  group: string | null;
  /** Cases behind the group, null when the group is not published. */
  cases: number | null;
  asOf: string | null;
  cells: ViewCell<V>[];
}

export interface ReleaseView<V> {
  roles: string[];
  total: ViewMatrix<V>;
  breakdowns: { by: "district" | "unit" | "round"; groups: ViewMatrix<V>[] }[];
}

export interface PairsQuery {
  /** Period (round name); default the latest published one. */
  period?: string;
  /** One district; default the whole municipality, or for a user limited to districts their first one. */
  district?: string;
  by?: "district" | "unit" | "round";
}

export interface ChangeQuery {
  from: string;
  to: string;
  district?: string;
  by?: "district" | "unit";
}

type AnyValues = PairValues | ChangeValues;
const PAIR_KEYS = ["n", "mean", "median", "weakShare"] as const;
const CHANGE_KEYS = ["n", "meanDelta", "medianDelta"] as const;

function viewMatrix<V extends AnyValues>(roles: string[], keys: readonly string[], group: string | null, m: ReleaseMatrix<V> | undefined): ViewMatrix<V> {
  const published = new Map((m?.cells ?? []).map((c) => [`${c.rater}\u0000${c.target}`, c as PublishedCell<V>]));
  const cells = roles.flatMap((rater) => roles.filter((t) => t !== rater).map((target) => {
    const c = published.get(`${rater}\u0000${target}`) as Record<string, unknown> | undefined;
    const values = Object.fromEntries(keys.map((k) => [k, c ? c[k] : null]));
    return { rater, target, ...values, suppressed: !c, reason: c ? null : "hidden", asOf: (c?.asOf as string | undefined) ?? null } as ViewCell<V>;
  }));
  return { group, cases: m?.cases ?? null, asOf: m?.asOf ?? null, cells };
}

const find = <V>(matrices: ReleaseMatrix<V>[], level: GeoLevel, district: string | null, unit: string | null = null) =>
  matrices.find((m) => m.level === level && m.district === district && m.unit === unit);

/** The matrix a request is about and its breakdowns within one table. */
function geoView<V extends AnyValues>(release: Release, keys: readonly string[], matrices: ReleaseMatrix<V>[], district: string | null, by: "district" | "unit" | undefined, scope: string[] | null): ReleaseView<V> {
  const inScope = (d: string | null) => scope === null || (d !== null && scope.includes(d));
  const top = district === null ? find(matrices, "total", null) : find(matrices, "district", district);
  const breakdowns: ReleaseView<V>["breakdowns"] = [];
  if (by === "district") {
    const list = matrices.filter((m) => m.level === "district" && inScope(m.district) && (district === null || m.district === district));
    breakdowns.push({ by, groups: list.map((m) => viewMatrix(release.roles, keys, m.district, m)) });
  }
  if (by === "unit") {
    const list = matrices.filter((m) => m.level === "unit" && inScope(m.district) && (district === null || m.district === district));
    breakdowns.push({ by, groups: list.map((m) => viewMatrix(release.roles, keys, m.unit, m)) });
  }
  return { roles: release.roles, total: viewMatrix(release.roles, keys, null, top), breakdowns };
}

/**
 * The role-pair view of a release for one request: the period's total or district, and its districts,
 * units or periods. `scope` limits a user to districts (null: all); an empty scope sees nothing. Only
 * published groups are listed. Returns null when the period is not in the release.
 */
export function pairsView(release: Release, query: PairsQuery, scope: string[] | null): ReleaseView<PairValues> | null {
  const period = query.period ?? release.periods[release.periods.length - 1];
  const table = release.periodTables.find((t) => t.period === period);
  if (!table && query.period !== undefined) return null;
  const district = query.district ?? (scope && scope.length > 0 ? [...scope].sort((a, b) => a.localeCompare(b, "nb"))[0] : null);
  if (scope !== null && (scope.length === 0 || district === null || !scope.includes(district))) {
    return { roles: release.roles, total: viewMatrix(release.roles, PAIR_KEYS, null, undefined), breakdowns: [] };
  }
  if (query.by === "round") {
    const view = geoView(release, PAIR_KEYS, table?.matrices ?? [], district, undefined, scope);
    const groups = release.periodTables.map((t) => ({ t, m: district === null ? find(t.matrices, "total", null) : find(t.matrices, "district", district) }))
      .filter(({ m }) => m !== undefined)
      .map(({ t, m }) => viewMatrix(release.roles, PAIR_KEYS, t.period, m));
    return { ...view, breakdowns: [{ by: "round", groups }] };
  }
  return geoView(release, PAIR_KEYS, table?.matrices ?? [], district, query.by, scope);
}

/** The change view of a release: the change table between two consecutive periods, or null when it is not released. */
export function changeView(release: Release, query: ChangeQuery, scope: string[] | null): ReleaseView<ChangeValues> | null {
  const table = release.changeTables.find((t) => t.from === query.from && t.to === query.to);
  if (!table) return null;
  const district = query.district ?? (scope && scope.length > 0 ? [...scope].sort((a, b) => a.localeCompare(b, "nb"))[0] : null);
  if (scope !== null && (scope.length === 0 || district === null || !scope.includes(district))) {
    return { roles: release.roles, total: viewMatrix(release.roles, CHANGE_KEYS, null, undefined), breakdowns: [] };
  }
  return geoView(release, CHANGE_KEYS, table.matrices, district, query.by, scope);
}

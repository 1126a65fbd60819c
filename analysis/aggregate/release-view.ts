// What one aggregate request sees of a release: a matrix and its breakdown, every role pair present, hidden ones marked — nothing computed anew.
import type { GeoLevel, Release, ReleaseMatrix } from "./release-types.ts";
import type { AggregateCell, AggregateMatrix, ChangeCell, ReleaseView } from "./types.ts";

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

type AnyMatrix = ReleaseMatrix<object>;
type Make<C> = (group: string | null, m: AnyMatrix | undefined) => AggregateMatrix<C>;

/** A view matrix with every ordered pair of `roles`: the published values, or nulls with `suppressed`. */
function maker<C>(roles: string[], keys: readonly string[]): Make<C> {
  return (group, m) => {
    const published = new Map((m?.cells ?? []).map((c) => [`${c.rater}\u0000${c.target}`, c as unknown as Record<string, unknown>]));
    const cells = roles.flatMap((rater) => roles.filter((t) => t !== rater).map((target) => {
      const c = published.get(`${rater}\u0000${target}`);
      const values = Object.fromEntries(keys.map((k) => [k, c ? c[k] : null]));
      return { rater, target, ...values, suppressed: !c, reason: c ? null : "hidden", asOf: (c?.asOf as string | undefined) ?? null } as C;
    }));
    return { group, cases: m?.cases ?? null, asOf: m?.asOf ?? null, cells };
  };
}
const pairCells = (roles: string[]) => maker<AggregateCell>(roles, ["n", "mean", "median", "weakShare"]);
const changeCells = (roles: string[]) => maker<ChangeCell>(roles, ["n", "meanDelta", "medianDelta"]);

const find = (matrices: AnyMatrix[], level: GeoLevel, district: string | null) =>
  matrices.find((m) => m.level === level && m.district === district && m.unit === null);

/** The district a request is about: the one asked for, else for a user limited to districts the first of them. */
const districtOf = (query: { district?: string }, scope: string[] | null): string | null =>
  query.district ?? (scope && scope.length > 0 ? [...scope].sort((a, b) => a.localeCompare(b, "nb"))[0] : null);

/** Nothing: for a user without districts, or asking for a district outside them. */
const nothing = <C>(release: Release, make: Make<C>): ReleaseView<C> => ({ roles: release.roles, total: make(null, undefined), breakdowns: [] });

/** The matrix a request is about and its district or unit breakdown within one table (published groups only). */
function geoView<C>(release: Release, make: Make<C>, matrices: AnyMatrix[], district: string | null, by: "district" | "unit" | undefined, scope: string[] | null): ReleaseView<C> {
  const inScope = (d: string | null) => scope === null || (d !== null && scope.includes(d));
  const top = district === null ? find(matrices, "total", null) : find(matrices, "district", district);
  const breakdowns: ReleaseView<C>["breakdowns"] = [];
  if (by) {
    const list = matrices.filter((m) => m.level === by && inScope(m.district) && (district === null || m.district === district));
    breakdowns.push({ by, groups: list.map((m) => make(by === "district" ? m.district : m.unit, m)) });
  }
  return { roles: release.roles, total: make(null, top), breakdowns };
}

/**
 * The role-pair view of a release for one request: the period's total or district, and its districts,
 * units or periods. `scope` limits a user to districts (null: all); an empty scope sees nothing. Only
 * published groups are listed. Returns null when the period is not in the release.
 */
export function pairsView(release: Release, query: PairsQuery, scope: string[] | null): ReleaseView<AggregateCell> | null {
  const make = pairCells(release.roles);
  const period = query.period ?? release.periods[release.periods.length - 1];
  const table = release.periodTables.find((t) => t.period === period);
  if (!table && query.period !== undefined) return null;
  const district = districtOf(query, scope);
  if (scope !== null && (district === null || !scope.includes(district))) return nothing(release, make);
  if (query.by === "round") {
    const groups = release.periodTables
      .map((t) => ({ period: t.period, m: district === null ? find(t.matrices, "total", null) : find(t.matrices, "district", district) }))
      .filter(({ m }) => m !== undefined)
      .map(({ period: p, m }) => make(p, m));
    return { ...geoView(release, make, table?.matrices ?? [], district, undefined, scope), breakdowns: [{ by: "round", groups }] };
  }
  return geoView(release, make, table?.matrices ?? [], district, query.by, scope);
}

/** The change view of a release: the change table between two consecutive periods, or null when it is not released. */
export function changeView(release: Release, query: ChangeQuery, scope: string[] | null): ReleaseView<ChangeCell> | null {
  const table = release.changeTables.find((t) => t.from === query.from && t.to === query.to);
  if (!table) return null;
  const make = changeCells(release.roles);
  const district = districtOf(query, scope);
  if (scope !== null && (district === null || !scope.includes(district))) return nothing(release, make);
  return geoView(release, make, table.matrices, district, query.by, scope);
}

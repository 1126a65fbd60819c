// Synthetic municipalities for the release tests: cases in districts and units, measured in periods, and how they change between releases.
import type { ReleaseContribution } from "../../../analysis/aggregate/release-types.ts";
import { prng } from "../../../bench/fixtures.ts";

export interface TownShape {
  cases: number;
  districts: number;
  unitsPerDistrict: number;
  roles: number;
  periods: number;
  /** Chance that a case is measured in a period after its first. */
  again: number;
}

const ROLE_IDS = ["SR", "PPT", "HEGE", "ØBC", "BHG", "FORÆ"];
export const PERIODS = ["Høst 2024", "Vår 2025", "Høst 2025", "Vår 2026"];
const closedAt = (period: number, day: number) => new Date(Date.UTC(2024, 8 + 6 * period, 1 + day)).toISOString();

/** One case's contribution in a period: each ordered pair of its roles scored with chance 0.8, scores on the 1–5 grid of sevenths. */
export function contribution(rand: () => number, caseKey: string, district: string, unit: string, period: number, roles: string[]): ReleaseContribution {
  const scores: ReleaseContribution["scores"] = [];
  for (const rater of roles) for (const target of roles) {
    if (rater !== target && rand() < 0.8) scores.push({ rater, target, score: (7 + Math.floor(rand() * 29)) / 7 });
  }
  return { caseKey, period: PERIODS[period], district, unit, closedAt: closedAt(period, Math.floor(rand() * 20)), scores };
}

/** A municipality: each case has a unit, 2+ of the roles, a first period and later periods with chance `again`. */
export function town(seed: number, shape: TownShape): ReleaseContribution[] {
  const rand = prng(seed);
  const roles = ROLE_IDS.slice(0, shape.roles);
  const out: ReleaseContribution[] = [];
  for (let i = 0; i < shape.cases; i++) {
    const d = Math.floor(rand() * shape.districts);
    const unit = `Enhet ${d}.${Math.floor(rand() * shape.unitsPerDistrict)}`;
    const own = roles.filter(() => rand() < 0.8);
    const caseRoles = own.length >= 2 ? own : roles.slice(0, 2);
    const first = Math.floor(rand() * shape.periods);
    for (let p = first; p < shape.periods; p++) {
      if (p > first && rand() >= shape.again) continue;
      out.push(contribution(rand, `k${i}`, `Bydel ${d}`, unit, p, caseRoles));
    }
  }
  return out;
}

export interface Changes {
  /** New contributions in the latest period (rounds that closed since the last release), from new cases. */
  added: number;
  /** Cases deleted whole. */
  deleted: number;
  /** Contributions whose scores change (a round re-imported). */
  changed: number;
}

/** The municipality after some rounds closed, cases were deleted and scores changed. */
export function evolve(data: ReleaseContribution[], seed: number, shape: TownShape, changes: Changes): ReleaseContribution[] {
  const rand = prng(seed);
  const cases = [...new Set(data.map((c) => c.caseKey))];
  const gone = new Set(cases.filter(() => rand() < changes.deleted / Math.max(1, cases.length)));
  const out = data.filter((c) => !gone.has(c.caseKey)).map((c) => {
    if (rand() >= changes.changed / Math.max(1, data.length)) return c;
    return { ...c, scores: c.scores.map((s) => ({ ...s, score: (7 + Math.floor(rand() * 29)) / 7 })) };
  });
  const roles = ROLE_IDS.slice(0, shape.roles);
  for (let i = 0; i < changes.added; i++) {
    const d = Math.floor(rand() * shape.districts);
    const own = roles.filter(() => rand() < 0.8);
    out.push(contribution(rand, `n${seed}-${i}`, `Bydel ${d}`, `Enhet ${d}.${Math.floor(rand() * shape.unitsPerDistrict)}`, shape.periods - 1, own.length >= 2 ? own : roles.slice(0, 2)));
  }
  return out;
}

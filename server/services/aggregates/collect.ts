// What a release is computed from (one contribution per case and period), and the districts a user's aggregates cover.
import type { PackedContribution } from "../../../analysis/aggregate/index.ts";
import type { User } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import { roundPairScores, roundsByCase, unpackScores } from "./round-results.ts";

/**
 * Districts a user's aggregates cover: admins all (null); facilitators and evaluators the districts
 * of their account — an empty list covers nothing, a list with every district that has cases covers
 * the whole municipality (its totals included).
 */
export async function aggregateScope(store: Store, user: User): Promise<string[] | null> {
  if (user.role === "admin") return null;
  const all = new Set((await store.listCases()).map((c) => c.district));
  return [...all].every((d) => user.districts.includes(d)) && all.size > 0 ? null : user.districts;
}

/**
 * Every case's latest closed round of each name (period), analysed at role level over every item
 * (its role-pair scores derived once per round where the store keeps derived results), labelled with
 * the case's district and unit. Rounds without a scored pair of two roles add nothing; `skipped`
 * counts rounds whose data could not be analysed.
 */
export async function collectContributions(store: Store): Promise<{ contributions: PackedContribution[]; skipped: number }> {
  const cases = await store.listCases();
  const roundsOf = await roundsByCase(store, cases.map((c) => c.id));
  const chosen = cases.flatMap((kase) => {
    const rounds = (roundsOf.get(kase.id) ?? []).filter((r) => r.status === "closed").sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return [...new Map(rounds.map((r) => [r.name, r])).values()].map((round) => ({ kase, round }));
  });
  const scores = await roundPairScores(store, chosen.map((x) => x.round));
  const contributions: PackedContribution[] = [];
  let skipped = 0;
  for (const { kase, round } of chosen) {
    const value = scores.get(round.id);
    if (!value) {
      skipped++;
      continue;
    }
    const c = unpackScores({ caseKey: kase.id, period: round.name, district: kase.district, unit: kase.unit, closedAt: round.closedAt ?? round.createdAt }, value);
    if (c) contributions.push(c);
  }
  return { contributions, skipped };
}

// Folds a round's analysis into role-pair scores, and fixes the role order of the aggregate matrices.
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { isWeak } from "../bands.ts";
import type { AggregateSource } from "./types.ts";

export interface PairScore {
  score: number;
  weak: boolean;
}

export const pairKey = (rater: string, target: string): string => `${rater}\u0000${target}`;

/**
 * Role-pair scores of one case: the mean of the edge scores between members of the two roles (one
 * edge per pair for a role-level result). Weak = the edge's flag, or mean ≤ threshold when folded.
 * Pairs within one role (e.g. two teachers) are skipped: the matrices compare distinct roles.
 */
export function rolePairScores(result: AggregateSource): Map<string, PairScore> {
  const role = new Map(result.nodes.map((n) => [n.id, n.role || n.id]));
  const acc = new Map<string, { sum: number; count: number; weak: boolean }>();
  for (const e of result.edges) {
    const r = role.get(e.source) ?? e.source;
    const t = role.get(e.target) ?? e.target;
    if (r === t) continue;
    const k = pairKey(r, t);
    const a = acc.get(k) ?? { sum: 0, count: 0, weak: e.weak };
    a.sum += e.score;
    a.count += 1;
    acc.set(k, a);
  }
  const out = new Map<string, PairScore>();
  for (const [k, a] of acc) {
    const score = a.sum / a.count;
    out.set(k, { score, weak: a.count === 1 ? a.weak : isWeak(score, result.threshold) });
  }
  return out;
}

/** Roles in catalogue order (DEFAULT_ROLES), unknown roles after them in Norwegian alphabetical order. */
export function roleOrder(seen: Iterable<string>, explicit?: string[]): string[] {
  if (explicit) return [...new Set(explicit)];
  const catalogue = DEFAULT_ROLES.map((r) => r.id);
  const set = new Set(seen);
  const known = catalogue.filter((r) => set.has(r));
  const other = [...set].filter((r) => !catalogue.includes(r)).sort((a, b) => a.localeCompare(b, "nb"));
  return [...known, ...other];
}

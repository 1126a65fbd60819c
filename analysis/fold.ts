// Scored pairs between nodes, optionally folded from members into roles (cell = mean over member pairs).
import type { NodeInfo } from "./types.ts";
import { pairScore, type MemberPairs } from "./pair-scores.ts";

export interface ScoredPair {
  source: string;
  target: string;
  score: number;
  n: number;
  /** Distinct rater members behind the score (1 at member level); defaults to 1 when absent. */
  raters?: number;
}

export interface ScoredNodes {
  nodes: (NodeInfo & { responded: boolean })[];
  pairs: ScoredPair[];
}

/** Member-level nodes and pair scores over the item positions `dims`. */
export function memberScores(nodes: NodeInfo[], collected: MemberPairs, dims: readonly number[]): ScoredNodes {
  const pairs: ScoredPair[] = [];
  for (const pair of collected.pairs) {
    const s = pairScore(pair, dims);
    if (s) pairs.push({ source: nodes[pair.rater].id, target: nodes[pair.target].id, score: s.score, n: s.n, raters: 1 });
  }
  return { nodes: nodes.map((node, i) => ({ ...node, responded: collected.responded[i] })), pairs };
}

/**
 * Fold members into their roles. A role→role cell is the mean of the member pair scores
 * between the two roles (docs/design.md: "a cell is the mean over all pairs"); its n is the sum of
 * theirs, its raters the number of distinct rater members folded in. Members of the same role
 * rating each other give a role self-loop. A role has responded when any of its members has.
 * Roles are ordered by first appearance.
 */
export function foldByRole(members: ScoredNodes): ScoredNodes {
  const roleOf = new Map<string, string>();
  const roles = new Map<string, NodeInfo & { responded: boolean }>();
  for (const m of members.nodes) {
    roleOf.set(m.id, m.role);
    const role = roles.get(m.role);
    if (role) role.responded ||= m.responded;
    else roles.set(m.role, { id: m.role, role: m.role, label: m.role, responded: m.responded });
  }
  const order = new Map([...roles.keys()].map((id, i) => [id, i]));
  const cells = new Map<string, { source: string; target: string; sum: number; count: number; n: number; raters: Set<string> }>();
  for (const p of members.pairs) {
    const source = roleOf.get(p.source)!;
    const target = roleOf.get(p.target)!;
    const key = `${source}\u0000${target}`;
    const cell = cells.get(key);
    if (cell) {
      cell.sum += p.score;
      cell.count++;
      cell.n += p.n;
      cell.raters.add(p.source);
    } else cells.set(key, { source, target, sum: p.score, count: 1, n: p.n, raters: new Set([p.source]) });
  }
  const pairs = [...cells.values()]
    .sort((a, b) => order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)!)
    .map((c) => ({ source: c.source, target: c.target, score: c.sum / c.count, n: c.n, raters: c.raters.size }));
  return { nodes: [...roles.values()], pairs };
}

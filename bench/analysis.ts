// Analysis bench: one 20-member team, 2 000 cases one by one + a role-level aggregate, betweenness on 1 000 nodes.
import type { BenchCase } from "./types.ts";
import { analyze } from "../analysis/analyze.ts";
import { nonWeakBetweenness } from "../analysis/betweenness.ts";
import { syntheticGraph, syntheticTeam } from "./fixtures.ts";

/**
 * Role-level aggregate over many member-level results: per role pair, the mean of the member
 * pair scores over all cases and the number of pairs behind it. (Kept so this case stays comparable with
 * earlier results; the real aggregate, analysis/aggregate/, is timed in bench/aggregate.ts.)
 */
function roleAggregate(results: ReturnType<typeof analyze>[]): Map<string, { mean: number; cases: number }> {
  const acc = new Map<string, { sum: number; cases: number }>();
  for (const r of results) {
    const roleOf = new Map(r.nodes.map((n) => [n.id, n.role]));
    for (const e of r.edges) {
      const key = `${roleOf.get(e.source)}\u0000${roleOf.get(e.target)}`;
      const cell = acc.get(key);
      if (cell) {
        cell.sum += e.score;
        cell.cases++;
      } else acc.set(key, { sum: e.score, cases: 1 });
    }
  }
  return new Map([...acc].map(([k, c]) => [k, { mean: c.sum / c.cases, cases: c.cases }]));
}

export function cases(): BenchCase[] {
  const team = syntheticTeam(20, 1);
  const many = Array.from({ length: 2000 }, (_, i) => syntheticTeam(12, 100 + i));
  const graph = syntheticGraph(1000, 8, 7);
  return [
    { name: "1 team, 20 members × 7 items", targetMs: 1, run: () => analyze(team) },
    {
      name: "2 000 cases × 12 members × 7 items, one by one + role aggregate",
      targetMs: 1000,
      minRuns: 3,
      run: () => {
        const results = many.map((input) => analyze(input));
        return roleAggregate(results);
      },
    },
    {
      name: `betweenness, ${graph.order} nodes / ${graph.size} edges (non-weak subgraph)`,
      minRuns: 3,
      run: () => nonWeakBetweenness(graph, 3.5),
    },
  ];
}

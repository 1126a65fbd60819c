// Role-level results of many rounds for the aggregates: derived once per round and kept where the store can (PostgreSQL).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AggregateSource } from "../../../analysis/aggregate/index.ts";
import type { Round } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import { analyzeRound } from "../rounds/analysis.ts";

/** The code a role-level result depends on: the analysis, the instruments, the domain and the round analysis adapter. */
const CODE = ["../../../analysis/", "../../../surveys/", "../../../domain/", "../rounds/analysis.ts", "../rounds/family-shown.ts", "./round-results.ts"];

let codeHash: string | undefined;

/** SHA-256 (first 16 hex) over the sources in CODE: a changed analysis never reads values derived by the old one. */
export function analysisCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  for (const rel of CODE) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).sort().map((f) => [`${rel}${f}`, `${path}${f}`])
      : [[rel, path]];
    for (const [name, file] of files) hash.update(`${name}\n`).update(readFileSync(file));
  }
  return (codeHash = hash.digest("hex").slice(0, 16));
}

/**
 * The part of a role-level analysis the aggregates read, as compact JSON: [threshold, node ids and roles
 * alternating, then per edge: source index, target index, score, weak 1/0]. About a third of the objects' JSON,
 * which is what a large installation reads on every aggregate request.
 */
type Packed = [number, string[], number[]];

function pack(result: AggregateSource): Packed {
  const index = new Map(result.nodes.map((n, i) => [n.id, i]));
  return [
    result.threshold,
    result.nodes.flatMap((n) => [n.id, n.role]),
    result.edges.flatMap((e) => [index.get(e.source)!, index.get(e.target)!, e.score, e.weak ? 1 : 0]),
  ];
}

function unpack([threshold, ids, flat]: Packed): AggregateSource {
  const nodes: AggregateSource["nodes"] = [];
  for (let i = 0; i < ids.length; i += 2) nodes.push({ id: ids[i], role: ids[i + 1] });
  const edges: AggregateSource["edges"] = [];
  for (let i = 0; i < flat.length; i += 4) edges.push({ source: nodes[flat[i]].id, target: nodes[flat[i + 1]].id, score: flat[i + 2], weak: flat[i + 3] === 1 });
  return { threshold, nodes, edges };
}

/**
 * The role-level result of each round for `dimension` and `threshold` (submitted answer sets only); null for a round
 * whose data does not fit (e.g. an item dimension on an imported matrix). Stores with `derivePerRound` keep each
 * result until the round's data changes, so a large installation analyses a closed round once.
 */
export async function roleResults(store: Store, rounds: Round[], f: { dimension: string; threshold?: number }): Promise<Map<string, AggregateSource | null>> {
  const q = { by: "role", dimension: f.dimension, threshold: f.threshold, includeDrafts: "false" } as const;
  const compute = async (round: Round, reader: Store): Promise<Packed | null> => {
    try {
      return pack(await analyzeRound(reader, round, q));
    } catch {
      return null;
    }
  };
  const packed = store.derivePerRound
    ? await store.derivePerRound(`aggregate:${analysisCodeHash()}:${f.dimension}:${f.threshold ?? "default"}`, rounds, compute)
    : new Map<string, Packed | null>();
  const out = new Map<string, AggregateSource | null>();
  for (const round of rounds) {
    const value = store.derivePerRound ? packed.get(round.id) : await compute(round, store);
    out.set(round.id, value ? unpack(value) : null);
  }
  return out;
}

/** The rounds of `caseIds`, by case (one statement where the store can). */
export async function roundsByCase(store: Store, caseIds: string[]): Promise<Map<string, Round[]>> {
  const out = new Map<string, Round[]>(caseIds.map((id) => [id, []]));
  if (store.listRoundsOfCases) {
    for (const r of await store.listRoundsOfCases(caseIds)) out.get(r.caseId)?.push(r);
  } else {
    for (const id of caseIds) out.set(id, await store.listRounds(id));
  }
  return out;
}

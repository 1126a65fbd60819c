// Role-pair scores of many rounds for a release: derived once per round and kept where the store can (PostgreSQL).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AggregateSource, ContributionLabels, PackedContribution } from "../../../analysis/aggregate/index.ts";
import { contributionOf } from "../../../analysis/aggregate/index.ts";
import type { Round } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import { analyzeRound } from "../rounds/analysis.ts";

/** The code the derived scores depend on: the analysis, the instruments, the domain and the round analysis adapter. */
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
 * A round's role-pair scores as the release reads them, compact: [roles, then per pair: rater index, target index,
 * score], in `contributionOf`'s order; null when the round's data could not be analysed. A tenth of the analysis's JSON.
 */
export type PairScores = [string[], number[]] | null;

/** The scores of `result` that a contribution carries, as PairScores (no pairs: both lists empty). */
export function packScores(result: AggregateSource): [string[], number[]] {
  const scores = contributionOf({ caseKey: "", period: "", district: "", unit: "", closedAt: "" }, result)?.scores ?? [];
  const roles: string[] = [];
  const index = new Map<string, number>();
  const at = (role: string) => {
    let i = index.get(role);
    if (i === undefined) index.set(role, (i = roles.push(role) - 1));
    return i;
  };
  const flat: number[] = [];
  for (const s of scores) flat.push(at(s.rater), at(s.target), s.score);
  return [roles, flat];
}

/** The contribution of one case and period from its round's PairScores, its scores kept packed; null when no pair is scored. */
export function unpackScores(labels: ContributionLabels, [roles, flat]: [string[], number[]]): PackedContribution | null {
  return flat.length === 0 ? null : { ...labels, scores: { roles, flat } };
}

/**
 * The role-pair scores of each round at role level over every item (submitted answer sets only), as a release
 * reads them. Stores with `derivePerRound` keep each value until the round's data changes, so a large installation
 * analyses a closed round once.
 */
export async function roundPairScores(store: Store, rounds: Round[]): Promise<Map<string, PairScores>> {
  const q = { by: "role", dimension: "all", includeDrafts: "false" } as const;
  const compute = async (round: Round, reader: Store): Promise<PairScores> => {
    try {
      return packScores(await analyzeRound(reader, round, q));
    } catch {
      return null;
    }
  };
  if (store.derivePerRound) return store.derivePerRound(`pairs:${analysisCodeHash()}:all`, rounds, compute);
  const out = new Map<string, PairScores>();
  for (const round of rounds) out.set(round.id, await compute(round, store));
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

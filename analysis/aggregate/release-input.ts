// Validation of a release's input; every error names publishRelease and the field.
import { z } from "zod";
import { checkReleaseLinks } from "../../domain/release-check.ts";
import type { Contribution } from "./cells.ts";
import { pairKey } from "./observations.ts";
import type { PackedContribution, PackedScores, Release, ReleaseContribution, ReleaseLinks, ReleaseOptions } from "./release-types.ts";

const FN = "publishRelease";

/** The label fields of a contribution, checked by hand (tens of thousands per release) with the messages a schema would give. */
const LABELS = [["caseKey", 1], ["period", 1], ["district", 0], ["unit", 0], ["closedAt", 1]] as const;

/** What is wrong with a contribution's labels or the type of its scores, as [field, message], or null. */
function labelError(c: unknown): [string, string] | null {
  if (typeof c !== "object" || c === null || Array.isArray(c)) return ["", "must be an object"];
  const o = c as Record<string, unknown>;
  for (const [field, min] of LABELS) {
    const v = o[field];
    if (typeof v !== "string") return [field, "must be a string"];
    if (v.length < min) return [field, "must not be empty"];
  }
  if (Array.isArray(o.scores)) return null;
  const packed = o.scores as Partial<PackedScores> | null;
  if (typeof packed !== "object" || packed === null || !Array.isArray(packed.roles) || !Array.isArray(packed.flat) || packed.flat.length % 3 !== 0) {
    return ["scores", "must be an array, or packed as { roles, flat } with three numbers per score"];
  }
  return null;
}

/** What is wrong with one score (two role ids, a number 1–5), or null. */
function scoreError(rater: unknown, target: unknown, score: unknown): string | null {
  if (typeof rater !== "string" || rater === "") return "rater must be a non-empty string";
  if (typeof target !== "string" || target === "") return "target must be a non-empty string";
  if (rater === target) return "rater and target must be different roles";
  if (typeof score !== "number" || !(score >= 1 && score <= 5)) return "score must be a number from 1 to 5";
  return null;
}

const OptionsSchema = z.strictObject({
  id: z.string().min(1),
  publishedAt: z.string().min(1),
  minCases: z.number().int().min(1).max(1000),
  threshold: z.number().min(1).max(5),
  previous: z.object({
    release: z.custom<Release>((r) => typeof r === "object" && r !== null && "periodTables" in r),
    links: z.custom<ReleaseLinks>((l) => checkReleaseLinks(l).success, "must be the links of an earlier release (format 1)"),
  }).nullish(),
});

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** FNV-1a (32 bit) over a string's UTF-16 code units, from a given state. */
function fnvText(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** FNV-1a continued over a score's 64 bits, from the state after its pair key. */
function fnvScore(state: number, score: number): number {
  bits[0] = score;
  const h = Math.imul(state ^ words[0], 0x01000193) >>> 0;
  return Math.imul(h ^ words[1], 0x01000193) >>> 0;
}

const BASES = [0x811c9dc5, 0x2d358dcc] as const;

/**
 * A version of the scores: the two 32-bit sums, over every (pair key, score), of FNV-1a from two offset bases over
 * the key's characters and the score's bits. Equal scores give equal versions, whatever their order; any change
 * gives a new one unless both sums collide at once. `keyState` holds each pair's FNV state after its key, per basis.
 */
function versionOf(pairs: Int32Array, values: Float64Array, keyState: number[][]): string {
  let a = 0;
  let b = 0;
  for (let k = 0; k < pairs.length; k++) {
    const state = keyState[pairs[k]];
    a = (a + fnvScore(state[0], values[k])) >>> 0;
    b = (b + fnvScore(state[1], values[k])) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** Checks the options; the threshold must stay the one of the earlier releases (weak counts at two thresholds reveal scores). */
export function parseReleaseOptions(options: unknown): ReleaseOptions & { previous: { release: Release; links: ReleaseLinks } | null } {
  const parsed = OptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = "keys" in issue ? (issue.keys as string[]) : [];
    throw new Error(`${FN}: option "${issue.path.map(String).join(".") || keys.join(", ") || "options"}": ${issue.message}`);
  }
  const o = parsed.data;
  const previous = o.previous ? { release: o.previous.release, links: o.previous.links } : null;
  if (previous && previous.links.threshold !== o.threshold) {
    throw new Error(`${FN}: option "threshold": must stay ${previous.links.threshold}, the threshold of the earlier releases (got ${o.threshold})`);
  }
  return { ...o, previous };
}

/** Contributions after validation, with the role pairs they score: pair id k is `pairs[k]` (a `pairKey`). */
export interface ParsedContributions {
  list: Contribution[];
  pairs: string[];
}

/**
 * Validates the contributions (one per case and period, one score per ordered pair of distinct roles) and
 * numbers the role pairs in the order first seen.
 */
export function parseContributions(input: unknown): ParsedContributions {
  if (!Array.isArray(input)) throw new Error(`${FN}: contributions must be an array`);
  const seen = new Set<string>();
  const ids = new Map<string, Map<string, number>>();
  const pairs: string[] = [];
  const keyState: number[][] = [];
  let stamp = new Int32Array(64);
  const idOf = (rater: string, target: string): number => {
    let byTarget = ids.get(rater);
    if (!byTarget) ids.set(rater, (byTarget = new Map()));
    let id = byTarget.get(target);
    if (id === undefined) {
      const key = pairKey(rater, target);
      byTarget.set(target, (id = pairs.push(key) - 1));
      keyState.push(BASES.map((basis) => fnvText(key, basis)));
      if (id >= stamp.length) {
        const grown = new Int32Array(stamp.length * 2);
        grown.set(stamp);
        stamp = grown;
      }
    }
    return id;
  };
  const list = input.map((raw: ReleaseContribution | PackedContribution, i): Contribution => {
    const error = labelError(raw);
    if (error) throw new Error(`${FN}: contributions[${i}]${error[0] ? `.${error[0]}` : ""}: ${error[1]}`);
    const id = `${raw.caseKey}\u0000${raw.period}`;
    if (seen.has(id)) throw new Error(`${FN}: contributions[${i}]: case "${raw.caseKey}" appears twice in period "${raw.period}"`);
    seen.add(id);
    const scores = raw.scores;
    const count = Array.isArray(scores) ? scores.length : scores.flat.length / 3;
    const pairIds = new Int32Array(count);
    const values = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      let rater: unknown, target: unknown, score: unknown;
      if (Array.isArray(scores)) {
        const s: unknown = scores[j];
        if (typeof s !== "object" || s === null) throw new Error(`${FN}: contributions[${i}].scores[${j}]: must be an object { rater, target, score }`);
        ({ rater, target, score } = s as Record<string, unknown>);
      } else {
        [rater, target, score] = [scores.roles[scores.flat[3 * j]], scores.roles[scores.flat[3 * j + 1]], scores.flat[3 * j + 2]];
      }
      const problem = scoreError(rater, target, score);
      if (problem) throw new Error(`${FN}: contributions[${i}].scores[${j}]: ${problem}`);
      const pair = idOf(rater as string, target as string);
      if (stamp[pair] === i + 1) throw new Error(`${FN}: contributions[${i}].scores[${j}]: the pair ${rater}→${target} appears twice`);
      stamp[pair] = i + 1;
      pairIds[j] = pair;
      values[j] = score as number;
    }
    return {
      caseKey: raw.caseKey, period: raw.period, district: raw.district, unit: raw.unit, closedAt: raw.closedAt,
      version: versionOf(pairIds, values, keyState), pairs: pairIds, values,
    };
  });
  return { list, pairs };
}

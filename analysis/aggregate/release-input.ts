// Validation of a release's input; every error names publishRelease and the field.
import { z } from "zod";
import { ReleaseLinks as ReleaseLinksSchema } from "../../domain/release.ts";
import type { Contribution } from "./cells.ts";
import { pairKey } from "./observations.ts";
import type { Release, ReleaseContribution, ReleaseLinks, ReleaseOptions } from "./release-types.ts";

const FN = "publishRelease";

/** The contribution's labels; its scores (tens of thousands in a municipality) are checked by `scoreError`. */
const ContributionSchema = z.object({
  caseKey: z.string().min(1),
  period: z.string().min(1),
  district: z.string(),
  unit: z.string(),
  closedAt: z.string().min(1),
  scores: z.custom<unknown[]>(Array.isArray, "must be an array"),
});

/** What is wrong with one score entry ({ rater, target, score }: two role ids, a number 1–5), or null. */
function scoreError(s: unknown): string | null {
  if (typeof s !== "object" || s === null) return "must be an object { rater, target, score }";
  const { rater, target, score } = s as Record<string, unknown>;
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
  previous: z.object({ release: z.custom<Release>((r) => typeof r === "object" && r !== null && "periodTables" in r), links: ReleaseLinksSchema }).nullish(),
});

function fail(where: string, issue: z.core.$ZodIssue): never {
  const path = issue.path.map(String).join(".");
  throw new Error(`${FN}: ${where}${path ? `${where ? "." : ""}${path}` : ""}: ${issue.message}`);
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** FNV-1a (32 bit) from a given offset basis over a pair key's characters and the score's 64 bits. */
function fnv(key: string, score: number, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  bits[0] = score;
  h = Math.imul(h ^ words[0], 0x01000193) >>> 0;
  return Math.imul(h ^ words[1], 0x01000193) >>> 0;
}

/**
 * A version of the scores: equal scores give equal versions, whatever their order; any change gives a
 * new one unless two 32-bit sums of per-score FNV-1a hashes collide at once.
 */
function versionOf(scores: Map<string, number>): string {
  let a = 0;
  let b = 0;
  for (const [k, s] of scores) {
    a = (a + fnv(k, s, 0x811c9dc5)) >>> 0;
    b = (b + fnv(k, s, 0x2d358dcc)) >>> 0;
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
  const previous = o.previous ? { release: o.previous.release, links: o.previous.links as ReleaseLinks } : null;
  if (previous && previous.links.threshold !== o.threshold) {
    throw new Error(`${FN}: option "threshold": must stay ${previous.links.threshold}, the threshold of the earlier releases (got ${o.threshold})`);
  }
  return { ...o, previous };
}

/** Validates the contributions: one per case and period, one score per ordered pair of distinct roles. */
export function parseContributions(input: unknown): Contribution[] {
  if (!Array.isArray(input)) throw new Error(`${FN}: contributions must be an array`);
  const seen = new Set<string>();
  return input.map((raw: ReleaseContribution, i): Contribution => {
    const parsed = ContributionSchema.safeParse(raw);
    if (!parsed.success) fail(`contributions[${i}]`, parsed.error.issues[0]);
    const c = parsed.data;
    const id = `${c.caseKey}\u0000${c.period}`;
    if (seen.has(id)) throw new Error(`${FN}: contributions[${i}]: case "${c.caseKey}" appears twice in period "${c.period}"`);
    seen.add(id);
    const scores = new Map<string, number>();
    c.scores.forEach((raw, j) => {
      const error = scoreError(raw);
      if (error) throw new Error(`${FN}: contributions[${i}].scores[${j}]: ${error}`);
      const s = raw as ReleaseContribution["scores"][number];
      const key = pairKey(s.rater, s.target);
      if (scores.has(key)) throw new Error(`${FN}: contributions[${i}].scores[${j}]: the pair ${s.rater}→${s.target} appears twice`);
      scores.set(key, s.score);
    });
    return { caseKey: c.caseKey, period: c.period, district: c.district, unit: c.unit, closedAt: c.closedAt, version: versionOf(scores), scores };
  });
}

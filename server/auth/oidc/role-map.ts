// The claims-to-role mapping of single sign-on: its schema (validated at start-up) and the pure function that applies it.
import { z } from "zod";
import { UserRole } from "../../../domain/index.ts";

const District = z.string().trim().min(1).max(60);
const ClaimName = z.string().trim().min(1).max(200);
const ClaimValue = z.string().trim().min(1).max(500);

/** What a matching group or rule grants: a Laget role and the districts it may see. */
const Grant = z
  .object({
    role: UserRole,
    districts: z.array(District).max(200).default([]),
  })
  .strict()
  .refine((g) => g.role !== "facilitator" || g.districts.length > 0, {
    message: "a facilitator needs at least one district",
    path: ["districts"],
  });
export type Grant = z.infer<typeof Grant>;

/** A rule on any claim: its value (or one of its values) equals `equals` or ends with `endsWith` (case-insensitive). */
const Rule = z
  .object({
    claim: ClaimName,
    equals: ClaimValue.optional(),
    endsWith: ClaimValue.optional(),
    role: UserRole,
    districts: z.array(District).max(200).default([]),
  })
  .strict()
  .refine((r) => (r.equals === undefined) !== (r.endsWith === undefined), { message: "give exactly one of equals or endsWith" })
  .refine((r) => r.role !== "facilitator" || r.districts.length > 0, {
    message: "a facilitator needs at least one district",
    path: ["districts"],
  });
export type Rule = z.infer<typeof Rule>;

/**
 * `OIDC_ROLE_MAP`: `claim` names the claim that holds the user's groups (default `groups`; Entra ID app roles
 * arrive in `roles`); `groups` maps each group value to a grant; `rules` match any other claim.
 */
export const RoleMap = z
  .object({
    claim: ClaimName.default("groups"),
    groups: z.record(ClaimValue, Grant).default({}),
    rules: z.array(Rule).max(500).default([]),
  })
  .strict()
  .refine((m) => Object.keys(m.groups).length + m.rules.length > 0, { message: "the map grants no role to anyone: add groups or rules" });
export type RoleMap = z.infer<typeof RoleMap>;

/** Admin outranks facilitator outranks evaluator when several groups match. */
const RANK: Record<UserRole, number> = { admin: 3, facilitator: 2, evaluator: 1 };

/** A claim's values as lower-case strings: a string, number or boolean, or an array of them; anything else is no value. */
function claimValues(claims: Record<string, unknown>, name: string): string[] {
  const raw = claims[name];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((v): v is string | number | boolean => ["string", "number", "boolean"].includes(typeof v))
    .map((v) => String(v).toLowerCase());
}

/**
 * The grant for a user's claims, or undefined when nothing matches (the user is refused).
 * Every matching group and rule is collected; the highest role wins (admin > facilitator > evaluator) and the
 * districts are the sorted union of the districts of the matches with that role. Comparison is case-insensitive.
 */
export function mapClaims(map: RoleMap, claims: Record<string, unknown>): Grant | undefined {
  const matches: Grant[] = [];
  const groups = new Set(claimValues(claims, map.claim));
  for (const [group, grant] of Object.entries(map.groups)) if (groups.has(group.toLowerCase())) matches.push(grant);
  for (const rule of map.rules) {
    const values = claimValues(claims, rule.claim);
    const hit =
      rule.equals !== undefined
        ? values.includes(rule.equals.toLowerCase())
        : values.some((v) => v.endsWith(rule.endsWith!.toLowerCase()));
    if (hit) matches.push({ role: rule.role, districts: rule.districts });
  }
  if (matches.length === 0) return undefined;
  const top = Math.max(...matches.map((m) => RANK[m.role]));
  const winners = matches.filter((m) => RANK[m.role] === top);
  const districts = [...new Set(winners.flatMap((m) => m.districts))].sort((a, b) => a.localeCompare(b, "nb"));
  return { role: winners[0].role, districts };
}

// Validation of aggregate inputs and options; every error names the function and the option.
import { z } from "zod";
import type { CaseResult, GroupBy } from "./types.ts";

const GroupByEnum = z.enum(["district", "unit", "round"]);
const Roles = z.array(z.string().min(1)).min(1).optional();
const MinCases = z.number().int().min(1).default(5);
/** One breakdown or a list of them, as a list without repeats. */
const groupBys = <E extends z.ZodEnum<Record<string, GroupBy>>>(values: E) =>
  z.union([values, z.array(values)]).optional()
    .transform((g): z.infer<E>[] => [...new Set(g === undefined ? [] : Array.isArray(g) ? g : [g])]);

/** Lists of case results, validated further by `checkCases`. */
const References = z.array(z.array(z.unknown())).default([]);
const AggregateOptions = z.strictObject({ minCases: MinCases, groupBy: groupBys(GroupByEnum), roles: Roles, references: References });
const ChangeOptions = z.strictObject({
  from: z.string().min(1), to: z.string().min(1), minCases: MinCases,
  groupBy: groupBys(z.enum(["district", "unit"])),
  roles: Roles,
  references: References,
});

export type ParsedAggregateOptions = z.infer<typeof AggregateOptions>;
export type ParsedChangeOptions = z.infer<typeof ChangeOptions>;

function parse<S extends z.ZodType>(fn: string, schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keys = "keys" in issue ? (issue.keys as string[]) : [];
  const name = issue.path.length ? issue.path.join(".") : keys.join(", ") || "options";
  throw new Error(`${fn}: option "${name}": ${issue.message}`);
}

export function parseAggregateOptions(fn: string, value: unknown): ParsedAggregateOptions {
  return parse(fn, AggregateOptions, value);
}

export function parseChangeOptions(fn: string, value: unknown): ParsedChangeOptions {
  const o = parse(fn, ChangeOptions, value);
  if (o.from === o.to) throw new Error(`${fn}: option "to": must differ from "from" (${o.from})`);
  return o;
}

const CaseMeta = z.object({ caseId: z.string().min(1), district: z.string(), unit: z.string(), round: z.string().min(1) });

/**
 * Checks each case's labels and that no case appears twice in one round. `where` names the input in
 * errors: "cases", or `option "references": [i]` for a reference.
 */
export function checkCases(fn: string, cases: unknown, where = "cases"): CaseResult[] {
  if (!Array.isArray(cases)) throw new Error(`${fn}: ${where} must be an array`);
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    const meta = CaseMeta.safeParse(c);
    if (!meta.success) throw new Error(`${fn}: ${where}[${i}].${meta.error.issues[0].path.join(".")}: ${meta.error.issues[0].message}`);
    if (!c.result || !Array.isArray(c.result.edges) || !Array.isArray(c.result.nodes)) {
      throw new Error(`${fn}: ${where}[${i}].result is not an analysis result`);
    }
    const key = `${meta.data.caseId}\u0000${meta.data.round}`;
    if (seen.has(key)) throw new Error(`${fn}: ${where === "cases" ? "" : `${where}: `}case "${meta.data.caseId}" appears twice in round "${meta.data.round}"`);
    seen.add(key);
  });
  return cases as CaseResult[];
}

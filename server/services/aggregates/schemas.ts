// The aggregate answers: provenance, role-pair cells (or change cells) with suppression flags, total and breakdown matrices.
import { z } from "zod";

/** Provenance of an aggregate (every view and export carries it). */
export const AggregateMeta = z.object({
  kind: z.enum(["role-pairs", "change"]),
  instruments: z.array(z.string()),
  dimension: z.string(),
  threshold: z.number(),
  minCases: z.number().int(),
  filters: z.object({
    district: z.array(z.string()).nullable(),
    period: z.array(z.string()).nullable(),
    instrument: z.string().nullable(),
    by: z.string().nullable(),
    from: z.string().optional(),
    to: z.string().optional(),
  }),
  /** Rounds left out because the dimension does not apply to their data. */
  skippedRounds: z.number().int(),
  generatedAt: z.string(),
});
export type AggregateMeta = z.infer<typeof AggregateMeta>;

/** Why a cell is hidden (analysis/aggregate explains each). */
export const SuppressionReason = z.enum(["min-n", "difference", "complementary"]);

/** What every cell holds: the pair, the number of cases behind it, and whether (and why) it is hidden. */
const CellBase = {
  rater: z.string(),
  target: z.string(),
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  reason: SuppressionReason.nullable(),
};

/** One role pair across cases; suppressed ⇒ every number is null. */
export const AggregateCell = z.object({ ...CellBase, mean: z.number().nullable(), median: z.number().nullable(), weakShare: z.number().nullable() });

/** Round-to-round change of one role pair over the cases measured in both rounds. */
export const ChangeCell = z.object({ ...CellBase, meanDelta: z.number().nullable(), medianDelta: z.number().nullable() });

/** A role×role matrix: the total (group null) or one group of a breakdown; `cases` null when suppressed. */
const matrixOf = <C extends z.ZodType>(cell: C) => z.object({ group: z.string().nullable(), cases: z.number().int().nullable(), cells: z.array(cell) });
const viewOf = <C extends z.ZodType>(cell: C) =>
  z.object({
    meta: AggregateMeta,
    roles: z.array(z.string()),
    total: matrixOf(cell),
    breakdowns: z.array(z.object({ by: z.enum(["district", "unit", "round"]), groups: z.array(matrixOf(cell)) })),
  });

/** GET /api/aggregates. */
export const PairsView = viewOf(AggregateCell);
export type PairsView = z.infer<typeof PairsView>;

/** GET /api/aggregates/change. */
export const ChangeView = viewOf(ChangeCell);
export type ChangeView = z.infer<typeof ChangeView>;

// The aggregate answers: provenance (which release), role-pair or change cells with a hidden flag, matrices and breakdowns; release summaries.
import { z } from "zod";

/** Which release a view comes from; null before the first is published. */
export const ReleaseRef = z.object({ id: z.string(), publishedAt: z.string() });

/** Provenance of an aggregate (every view and export carries it). */
export const AggregateMeta = z.object({
  kind: z.enum(["role-pairs", "change"]),
  release: ReleaseRef.nullable(),
  /** Always "all": the pair score over every item. */
  dimension: z.literal("all"),
  threshold: z.number(),
  minCases: z.number().int(),
  /** Periods with a published table, oldest first, and the released change tables. */
  periods: z.array(z.string()),
  changes: z.array(z.object({ from: z.string(), to: z.string() })),
  /** The districts this user's views cover; null for the whole municipality. */
  scope: z.array(z.string()).nullable(),
  filters: z.object({
    period: z.string().nullable(),
    district: z.string().nullable(),
    by: z.string().nullable(),
    from: z.string().optional(),
    to: z.string().optional(),
  }),
});
export type AggregateMeta = z.infer<typeof AggregateMeta>;

/** Hidden cells carry no number and one reason, whether empty, too small or protecting another cell. */
export const SuppressionReason = z.enum(["hidden"]);

/** What every cell holds: the pair, the number of cases behind it, whether it is hidden, and the release of its values. */
const CellBase = {
  rater: z.string(),
  target: z.string(),
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  reason: SuppressionReason.nullable(),
  /** Release the values were computed in (older than the release itself: carried); null when hidden. */
  asOf: z.string().nullable(),
};

/** One role pair of a period table; hidden ⇒ every number is null. */
export const AggregateCell = z.object({ ...CellBase, mean: z.number().nullable(), median: z.number().nullable(), weakShare: z.number().nullable() });

/** One role pair of a change table over the cases measured in both periods. */
export const ChangeCell = z.object({ ...CellBase, meanDelta: z.number().nullable(), medianDelta: z.number().nullable() });

/** A role×role matrix: the group asked for (group null) or one group of a breakdown; `cases` null when not published. */
const matrixOf = <C extends z.ZodType>(cell: C) =>
  z.object({ group: z.string().nullable(), cases: z.number().int().nullable(), asOf: z.string().nullable(), cells: z.array(cell) });
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

/** One publication. */
export const ReleaseEntry = z.object({ id: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable() });

/** GET /api/aggregates/releases and POST (the new one): the current release in figures, and every publication. */
export const ReleasesAnswer = z.object({
  current: z.object({
    id: z.string(),
    publishedAt: z.string(),
    minCases: z.number().int(),
    threshold: z.number(),
    periods: z.array(z.string()),
    changes: z.array(z.object({ from: z.string(), to: z.string() })),
    /** Published groups and cells, and how many of the cells keep a value from an earlier release. */
    groups: z.number().int(),
    cells: z.number().int(),
    carried: z.number().int(),
  }).nullable(),
  history: z.array(ReleaseEntry),
});
export type ReleasesAnswer = z.infer<typeof ReleasesAnswer>;

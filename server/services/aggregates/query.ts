// Query strings of the aggregate routes: which table of the published release, and which of its groups.
import { z } from "zod";

/** A period, district or unit name as the release names it. */
const Name = z.string().trim().min(1).max(80);
const Breakdown = z.enum(["district", "unit", "round"]);

/**
 * GET /api/aggregates: a period's table (default the latest), one district (default the municipality,
 * or the user's first district) and a breakdown. Nothing else: the threshold, item dimensions and
 * instruments are fixed by the release (unknown parameters are a 400).
 */
export const PairsQuery = z.object({ period: Name.optional(), district: Name.optional(), by: Breakdown.optional() }).strict();
export type PairsQuery = z.infer<typeof PairsQuery>;

/** GET /api/aggregates/change: the change table between two consecutive periods of the release. */
export const ChangeQuery = z.object({ from: Name, to: Name, district: Name.optional(), by: z.enum(["district", "unit"]).optional() }).strict();
export type ChangeQuery = z.infer<typeof ChangeQuery>;

/** GET /api/aggregates/export: a period's table, or the change table when `from` and `to` are given. */
export const ExportQuery = z.object({
  period: Name.optional(),
  district: Name.optional(),
  by: Breakdown.optional(),
  from: Name.optional(),
  to: Name.optional(),
  format: z.enum(["csv", "csv-nb", "xlsx", "json"]).default("csv"),
}).strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

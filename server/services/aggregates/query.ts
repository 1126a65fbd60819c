// Query strings of the aggregate routes: filters shared by matrices, change and export.
import { z } from "zod";

/** A comma-separated list (e.g. district=Heimdal,Lerkendal); empty entries dropped. */
const List = z.string().max(1000).optional()
  .transform((s) => (s === undefined ? undefined : s.split(",").map((x) => x.trim()).filter(Boolean)))
  .pipe(z.array(z.string().min(1).max(80)).max(50).optional());

/** Filters: which closed rounds of which cases count. */
export const AggregateFilters = z.object({
  district: List,
  /** Round (period) names, e.g. "Høst 2025". */
  period: List,
  instrument: z.string().min(1).max(40).optional(),
  dimension: z.string().min(1).max(40).default("all"),
  threshold: z.coerce.number().min(1).max(5).optional(),
});
export type AggregateFilters = z.infer<typeof AggregateFilters>;

const By = z.enum(["district", "unit", "round"]);

/** GET /api/aggregates. */
export const PairsQuery = AggregateFilters.extend({ by: By.optional() }).strict();
/** GET /api/aggregates/change. */
export const ChangeQuery = AggregateFilters.extend({
  from: z.string().trim().min(1).max(60),
  to: z.string().trim().min(1).max(60),
  by: z.enum(["district", "unit"]).optional(),
}).strict();
/** GET /api/aggregates/export: role pairs, or change when from and to are given. */
export const ExportQuery = AggregateFilters.extend({
  by: By.optional(),
  from: z.string().trim().min(1).max(60).optional(),
  to: z.string().trim().min(1).max(60).optional(),
  format: z.enum(["csv", "csv-nb", "xlsx", "json"]).default("csv"),
}).strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

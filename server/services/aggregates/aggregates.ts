// The aggregate use cases: role-pair matrices, round-to-round change, and either one as an export file.
import type { User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import type { ExportDownload } from "../exports/exports.ts";
import { buildChange, buildPairs } from "./build.ts";
import { aggregateFileName, exportAggregate, type AggregateView } from "./export.ts";
import type { ExportQuery } from "./query.ts";

export { buildChange, buildPairs };

/** The role pairs, or the change when `from` or `to` is given, in the query's format. */
export async function exportAggregates(ctx: ServiceContext, user: User, query: ExportQuery): Promise<ExportDownload> {
  const { format, from, to, by, ...filters } = query;
  let view: AggregateView;
  if (from !== undefined || to !== undefined) {
    const changeBy = by === "round" ? undefined : by;
    view = await buildChange(ctx, user, { ...filters, from: from ?? "", to: to ?? "", by: changeBy });
  } else {
    view = await buildPairs(ctx, user, { ...filters, by });
  }
  const file = await exportAggregate(view, format);
  const { meta } = view;
  return {
    file,
    fileName: aggregateFileName(meta, file.extension),
    provenance: { instrument: { id: meta.instruments.join(" ") || "none", version: "-" }, threshold: meta.threshold, dimension: meta.dimension },
  };
}

// The aggregate use cases: a period's matrices, the change between periods, either one as an export file, and publishing a release.
import type { User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import type { ExportDownload } from "../exports/exports.ts";
import { buildChange, buildPairs } from "./build.ts";
import { aggregateFileName, exportAggregate, type AggregateView } from "./export.ts";
import type { ExportQuery } from "./query.ts";

export { buildChange, buildPairs };
export { publishAggregates, releasesAnswer } from "./publish.ts";

/** A period's table, or the change table when `from` or `to` is given, in the query's format. */
export async function exportAggregates(ctx: ServiceContext, user: User, query: ExportQuery): Promise<ExportDownload> {
  const { format, from, to, by, period, district } = query;
  let view: AggregateView;
  if (from !== undefined || to !== undefined) {
    view = await buildChange(ctx, user, { from: from ?? "", to: to ?? "", district, by: by === "round" ? undefined : by });
  } else {
    view = await buildPairs(ctx, user, { period, district, by });
  }
  const file = await exportAggregate(view, format);
  const { meta } = view;
  return {
    file,
    fileName: aggregateFileName(meta, file.extension, file.variant),
    provenance: { instrument: { id: "all", version: "-" }, threshold: meta.threshold, dimension: meta.dimension },
  };
}

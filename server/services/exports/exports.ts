// Exports of one round (any format) and of a whole case (xlsx or json), with their provenance and file names.
import { exportFileName, exportResult, type ExportFile, type ExportMeta } from "../../../analysis/export/index.ts";
import { exportCaseXlsx } from "../../../analysis/export/xlsx-case.ts";
import type { Case, Round } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { analyzeRound } from "../rounds/analysis.ts";
import { roundMeta } from "./meta.ts";
import type { CaseExportQuery, RoundExportQuery } from "./schemas.ts";

/** An export ready to send: the file, its name and the provenance its headers carry. */
export interface ExportDownload {
  file: ExportFile;
  fileName: string;
  provenance?: Pick<ExportMeta, "instrument" | "threshold" | "dimension"> & { round?: string };
}

/** One round, analysed with the query's options, in the query's format. */
export async function exportRound(ctx: ServiceContext, round: Round, kase: Case, query: RoundExportQuery): Promise<ExportDownload> {
  const { format, ...options } = query;
  const result = await analyzeRound(ctx.store, round, options);
  const meta = roundMeta(round, kase, result, options.dimension, ctx.now());
  const file = await exportResult(format, result, meta);
  return { file, fileName: exportFileName(meta, file), provenance: { ...meta, round: round.name } };
}

/** Every round of a case, oldest first: one matrix sheet per round plus provenance ("Om"), or one JSON document. */
export async function exportCase(ctx: ServiceContext, kase: Case, query: CaseExportQuery): Promise<ExportDownload> {
  const { format, ...options } = query;
  const now = ctx.now();
  const rounds = (await ctx.store.listRounds(kase.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const entries = [];
  for (const round of rounds) {
    const result = await analyzeRound(ctx.store, round, options);
    entries.push({ result, meta: roundMeta(round, kase, result, options.dimension, now) });
  }
  const fileName = `laget_${kase.code.replace(/[^\p{L}\p{N}.-]+/gu, "-")}_alle-runder_${options.dimension}.${format}`;
  if (format === "json") {
    const body = { case: { code: kase.code, district: kase.district, unit: kase.unit }, generatedAt: now.toISOString(), rounds: entries.map((e) => ({ meta: e.meta, ...e.result })) };
    return { file: { body: JSON.stringify(body, null, 2) + "\n", mime: "application/json; charset=utf-8", extension: "json" }, fileName };
  }
  return { file: await exportCaseXlsx(entries, now.toISOString()), fileName };
}

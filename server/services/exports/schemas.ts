// Queries of the export routes: the analysis options plus the format.
import { z } from "zod";
import { EXPORT_FORMATS } from "../../../analysis/export/index.ts";
import { AnalysisQuery } from "../../../domain/index.ts";

/** Query of GET /api/rounds/:id/export: one round in any export format. */
export const RoundExportQuery = AnalysisQuery.extend({ format: z.enum(EXPORT_FORMATS).default("json") });
export type RoundExportQuery = z.infer<typeof RoundExportQuery>;

/** Query of GET /api/cases/:id/export: all rounds of a case in one workbook or one JSON document. */
export const CaseExportQuery = AnalysisQuery.extend({ format: z.enum(["xlsx", "json"]).default("xlsx") });
export type CaseExportQuery = z.infer<typeof CaseExportQuery>;

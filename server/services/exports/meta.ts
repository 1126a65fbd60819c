// Export provenance of one round: instrument and version, round, case, threshold, dimension and time.
import type { ExportMeta } from "../../../analysis/export/index.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { Case, Round } from "../../../domain/index.ts";

/** The ExportMeta every round export carries. */
export function roundMeta(round: Round, kase: Case, result: AnalysisResult, dimension: string, now: Date): ExportMeta {
  return {
    instrument: { id: round.instrumentId, version: round.instrumentVersion },
    round: { id: round.id, name: round.name },
    case: { code: kase.code, district: kase.district },
    threshold: result.threshold,
    dimension: result.dimension ?? dimension,
    generatedAt: now.toISOString(),
  };
}

// `csv-long` export: one row per rated pair, the long CSV columns plus provenance columns.
import type { AnalysisResult } from "../types.ts";
import { LONG_COLUMNS } from "../csv/long.ts";
import { roleOf } from "./matrix.ts";
import { metaEntries } from "./meta.ts";
import { csvText } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Provenance columns appended after the eight long columns (readers that select by name ignore them). */
export const LONG_META_COLUMNS = ["instrument", "instrument_version", "threshold", "dimension", "generated_at"] as const;

/** Case and round written when the metadata has none, so that the long readers (which need both) accept the file. */
export const LONG_UNNAMED = { case: "case", round: "round" } as const;

/**
 * Long CSV from an analysis result: one row per edge (rater → target with a score), so `item` is the
 * dimension the result holds (e.g. `all`) and `value` is the pair score, not a single 1–5 answer.
 * `case` is the case code and `round` the round name (else its id; `case`/`round` when there is none,
 * never empty). Rows follow edge order. Re-readable by `analyze` and `import`.
 */
export function exportCsvLong(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const role = roleOf(result);
  const m = Object.fromEntries(metaEntries(meta));
  const provenance = LONG_META_COLUMNS.map((k) => m[k]);
  const caseCode = meta.case?.code || LONG_UNNAMED.case;
  const round = meta.round.name || meta.round.id || LONG_UNNAMED.round;
  const rows: (string | number)[][] = [[...LONG_COLUMNS, ...LONG_META_COLUMNS]];
  for (const e of result.edges) {
    rows.push([caseCode, round, e.source, role(e.source), e.target, role(e.target), meta.dimension, e.score, ...provenance]);
  }
  return { body: csvText(rows, ",", "\n"), mime: "text/csv; charset=utf-8", extension: "csv", variant: "long" };
}

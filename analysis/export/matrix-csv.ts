// Shared writer for the two matrix CSV flavours (the seed's `rater\rated` shape), on the analysis CSV writer.
import { writeMatrixCsv as writeScoreMatrix, type WriteMatrixOptions } from "../csv/write-matrix.ts";
import type { AnalysisResult } from "../types.ts";
import { toDenseMatrix } from "./matrix.ts";

/**
 * Rows rate columns; first cell `rater\rated`, then the node labels (unique display names); an empty
 * cell is missing (diagonal, unanswered, or a row whose member did not respond — that row is all empty).
 * Numbers in full precision.
 */
export function writeMatrixCsv(result: AnalysisResult, options: WriteMatrixOptions): string {
  const m = toDenseMatrix(result);
  return writeScoreMatrix({ labels: m.names, rows: m.scores }, options);
}

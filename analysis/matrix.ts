// Matrix helpers: a result as a rater×rated score matrix, the role matrix, and a matrix as analyze() input.
import type { AnalysisResult, ScoreMatrix } from "./types.ts";
import type { AnalyzeInput } from "./analyze.ts";
import { analyze } from "./analyze.ts";
import type { AnalyzeOptions } from "./options.ts";
import { toDenseMatrix } from "./export/matrix.ts";

/**
 * The result's pair scores as a square matrix in node order: rows rate columns (as in the
 * seed); a missing pair or a non-responding row is null.
 */
export function toMatrix(result: AnalysisResult): ScoreMatrix {
  if (!result || !Array.isArray(result.nodes) || !Array.isArray(result.edges)) {
    throw new Error("toMatrix: the given value is not an analysis result.");
  }
  return { labels: result.nodes.map((n) => n.id), rows: toDenseMatrix(result).scores };
}

/**
 * The role×role matrix of docs/design.md: members folded into their roles, a cell is the mean over
 * all member pairs between the two roles.
 */
export function roleMatrix(input: AnalyzeInput, options: Omit<AnalyzeOptions, "by"> = {}): ScoreMatrix {
  return toMatrix(analyze(input, { ...options, by: "role" }));
}

/**
 * A score matrix as analyze() input: one node per label (id = role = label) and one imported
 * pair score per filled cell.
 */
export function matrixToInput(matrix: ScoreMatrix): AnalyzeInput {
  const { labels, rows } = matrix;
  if (!Array.isArray(labels) || !Array.isArray(rows) || rows.length !== labels.length) {
    throw new Error("matrixToInput: the matrix must have one row per label.");
  }
  const pairScores: AnalyzeInput["pairScores"] = [];
  rows.forEach((row, i) => {
    if (row.length !== labels.length) throw new Error(`matrixToInput: row ${i + 1} must have ${labels.length} cells.`);
    row.forEach((score, j) => {
      if (score !== null) pairScores.push({ rater: labels[i], target: labels[j], score });
    });
  });
  return { nodes: labels.map((id) => ({ id, role: id, label: id })), pairScores };
}

// Plans a matrix import: header labels → members, filled cells → pair scores; problems carry line and column.
import type { MatrixCsv } from "../../../analysis/csv/matrix.ts";
import { readRecords } from "../../../analysis/csv/read.ts";
import type { PairScore } from "../../../domain/index.ts";
import type { MemberResolver } from "./members.ts";
import type { ProblemList } from "./problems.ts";

/**
 * Resolves every header label (column k+2 of the header line) and turns filled cells into pair
 * scores between the resolved member ids. A filled diagonal cell (self-rating) is a problem.
 */
export function planMatrix(text: string, fileName: string, matrix: MatrixCsv, resolver: MemberResolver, problems: ProblemList): PairScore[] {
  const records = readRecords(text, fileName, matrix.separator);
  const headerLine = records[0]?.line ?? 1;
  const rowLine = new Map(records.slice(1).map((r) => [r.fields[0], r.line]));
  const ids: string[] = [];
  matrix.labels.forEach((label, j) => {
    const r = resolver.matrixLabel(label);
    if ("error" in r) problems.add(headerLine, j + 2, r.error);
    else ids[j] = r.member.id;
  });
  const scores: PairScore[] = [];
  matrix.rows.forEach((row, i) =>
    row.forEach((score, j) => {
      if (score === null) return;
      if (i === j) problems.add(rowLine.get(matrix.labels[i]) ?? headerLine, j + 2, `"${matrix.labels[i]}" rates themselves; leave the diagonal blank.`);
      else if (ids[i] && ids[j]) scores.push({ rater: ids[i], target: ids[j], score });
    }),
  );
  return scores;
}

// Matrix CSV parser (the seed's shape): `rater\rated` corner, labels, rows rate columns, blank = missing.
import type { ScoreMatrix } from "../types.ts";
import { LIMITS } from "../limits.ts";
import { CsvParseError } from "./errors.ts";
import { readName } from "./names.ts";
import { detectSeparator, parseScore, readRecords, type Separator } from "./read.ts";

export interface MatrixCsv extends ScoreMatrix {
  separator: Separator;
  /** The corner cell as written, e.g. `rater\rated`. */
  corner: string;
}

/**
 * Parse a matrix CSV. Rows and columns carry the same labels; rows may come in any order and a
 * label without a row (or with a row of blanks) is a member who did not answer. Cells are 1–5
 * with `.` or `,` decimals; separators `,`, `;` or tab (with `,` decimals: `;` or tab). Labels are
 * read as NFC; a header of more than LIMITS.members labels is refused before the matrix is allocated.
 *
 * @throws CsvParseError with file, line and column for every problem (`limit` set for a size limit).
 */
export function parseMatrixCsv(text: string, fileName: string): MatrixCsv {
  const separator = detectSeparator(text);
  const records = readRecords(text, fileName, separator);
  if (records.length === 0) throw new CsvParseError(fileName, 1, 1, "the file is empty.");
  const [header, ...body] = records;
  const raw = header.fields.slice(1);
  while (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  if (raw.length === 0) throw new CsvParseError(fileName, header.line, 2, "the header has no labels after the corner cell.");
  if (raw.length > LIMITS.members) {
    throw new CsvParseError(fileName, header.line, LIMITS.members + 2, `the header names ${raw.length} members; a team has at most ${LIMITS.members}.`, "members");
  }
  const position = new Map<string, number>();
  const labels = raw.map((cell, j) => {
    const at = { file: fileName, line: header.line, column: j + 2 };
    if (cell === "") throw new CsvParseError(fileName, header.line, j + 2, "empty label in the header.");
    const label = readName(cell, "label", at);
    if (position.has(label)) throw new CsvParseError(fileName, header.line, j + 2, `the label "${label}" appears twice in the header.`);
    position.set(label, j);
    return label;
  });
  const rows = labels.map(() => labels.map((): number | null => null));
  const seen = new Map<string, number>();
  for (const { fields, line } of body) {
    const label = fields[0].normalize("NFC");
    const cells = fields.slice(1);
    if (label === "") {
      if (cells.every((c) => c === "")) continue;
      throw new CsvParseError(fileName, line, 1, "the row has values but no rater label.");
    }
    const i = position.get(label);
    if (i === undefined) throw new CsvParseError(fileName, line, 1, `the rater "${label.slice(0, LIMITS.labelLength)}" is not among the header labels (${labels.join(", ")}).`);
    if (seen.has(label)) throw new CsvParseError(fileName, line, 1, `the rater "${label}" already has a row on line ${seen.get(label)}.`);
    seen.set(label, line);
    cells.forEach((cell, j) => {
      if (j >= labels.length) {
        if (cell !== "") throw new CsvParseError(fileName, line, j + 2, `value "${cell.slice(0, 20)}" is beyond the last column.`);
        return;
      }
      rows[i][j] = parseScore(cell, { file: fileName, line, column: j + 2 });
    });
  }
  return { labels, rows, separator, corner: header.fields[0] };
}

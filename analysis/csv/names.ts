// Names read from a file (labels, ids, roles, case and round names): NFC, one visible line, capped in length.
import { nameProblem } from "../../domain/ids.ts";
import { LIMITS } from "../limits.ts";
import { CsvParseError } from "./errors.ts";

/**
 * The name in a field as Laget keeps it: Unicode NFC, so "å" written as a + ring is the same name.
 *
 * @throws CsvParseError at (line, column) when it is longer than LIMITS.labelLength or holds a
 * control, text-direction or zero-width character.
 */
export function readName(value: string, what: string, at: { file: string; line: number; column: number }): string {
  const name = value.normalize("NFC");
  if (name.length > LIMITS.labelLength) {
    throw new CsvParseError(at.file, at.line, at.column, `the ${what} has ${name.length} characters; at most ${LIMITS.labelLength}.`, "labelLength");
  }
  const problem = nameProblem(name);
  if (problem) throw new CsvParseError(at.file, at.line, at.column, `the ${what} ${problem}.`);
  return name;
}

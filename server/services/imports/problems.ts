// The problem list of a refused import file: where (line or sheet row, column) and what, in file order.
import { CsvParseError } from "../../../analysis/csv/errors.ts";
import type { LimitName } from "../../../analysis/limits.ts";
import { XlsxParseError } from "../../../analysis/xlsx/errors.ts";

/** One problem in an import file. For XLSX, `line` is the sheet row and `sheet` names the worksheet. */
export interface ImportProblem {
  line: number;
  column: number;
  message: string;
  sheet?: string;
  /** The size limit of analysis/limits.ts the file is over (too large rather than malformed). */
  limit?: LimitName;
}

/** Collects problems (capped, so a huge bad file gives a readable answer). */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  constructor(private readonly sheet?: string, private readonly max = 100) {}

  add(line: number, column: number, message: string): void {
    if (this.items.length >= this.max) return;
    this.items.push(this.sheet === undefined ? { line, column, message } : { sheet: this.sheet, line, column, message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The problems sorted by line, then column. */
  sorted(): ImportProblem[] {
    return [...this.items].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** A parser error as a one-item problem list, keeping the limit it names; other errors are rethrown. */
export function problemsOf(error: unknown): ImportProblem[] {
  const limit = error instanceof XlsxParseError || error instanceof CsvParseError ? error.limit : undefined;
  const over = limit === undefined ? {} : { limit };
  if (error instanceof XlsxParseError) {
    return [{ sheet: error.sheet, line: error.row, column: error.column, message: error.detail, ...over }];
  }
  if (error instanceof CsvParseError) return [{ line: error.line, column: error.column, message: error.detail, ...over }];
  throw error;
}

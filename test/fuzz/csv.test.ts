// Fuzzes the CSV parsers: any text gives a result or a CsvParseError with file, line ≥ 1 and column ≥ 1, never another error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParseError, parseCsv, parseLongCsv, parseMatrixCsv } from "../../analysis/csv/index.ts";
import { report } from "./check.ts";
import { csvText as text } from "./files.ts";

const PARSERS = { parseCsv, parseMatrixCsv, parseLongCsv } as const;

describe("fuzzing the CSV parsers", () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: only a result or a CsvParseError with a location in the named file`, () => {
      let ok = 0;
      let errors = 0;
      fc.assert(
        fc.property(text, (input) => {
          try {
            parse(input, "upload.csv");
            ok++;
          } catch (err) {
            if (!(err instanceof CsvParseError)) throw err;
            errors++;
            expect(err.file).toBe("upload.csv");
            expect(Number.isInteger(err.line) && err.line >= 1).toBe(true);
            expect(Number.isInteger(err.column) && err.column >= 1).toBe(true);
            expect(err.message.startsWith(`upload.csv:${err.line}:${err.column}: `)).toBe(true);
          }
        }),
        { numRuns: 3000 },
      );
      report(`[fuzz] ${name}: 3000 runs, ${ok} parsed, ${errors} CsvParseError, 0 other exceptions`);
    });
  }
});

// Fuzzes the CSV parsers: any text gives a result or a CsvParseError with file, line ≥ 1 and column ≥ 1, never another error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParseError, parseCsv, parseLongCsv, parseMatrixCsv } from "../../analysis/csv/index.ts";
import { report } from "./check.ts";

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("", "1", "3.5", "4,5", "5", "0", "6", "na", "N/A", "-", "PPT", "HEGE", "rater\\rated", "SR") },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a,b"', '"x\ny"', "\r", "\u0000", "\uD800", "\uFEFF", "1e3", " 2 ", "٣", "Infinity") },
  { weight: 1, arbitrary: fc.constantFrom("=A1", "'=A1", "''-2", "+47", "@x", "PP\u202ET", "HE\u200BGE", "A\u030A", "x".repeat(81), "-1") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const sep = fc.constantFrom(",", ";", "\t");
const eol = fc.constantFrom("\n", "\r\n", "\r");

/** Tables shaped like the real files (matrix or long header), with hostile cells. */
const structured = fc.tuple(sep, eol, fc.boolean(), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.boolean()).map(([s, e, long, rows, bom]) => {
  const header = long ? ["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"] : ["rater\\rated", "PPT", "HEGE", "SR"];
  return (bom ? "\uFEFF" : "") + [header, ...rows].map((r) => r.join(s)).join(e);
});
const text = fc.oneof(
  { weight: 3, arbitrary: structured },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("utf8")) },
);

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

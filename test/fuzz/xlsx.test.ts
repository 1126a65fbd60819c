// Fuzzes the XLSX reader: mutated workbooks, mutated sheet XML, random zips and bytes give a table or a parse error, quickly.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { CsvParseError, parseCsv } from "../../analysis/csv/index.ts";
import { XlsxParseError } from "../../analysis/xlsx/errors.ts";
import { readXlsxTable } from "../../analysis/xlsx/read.ts";
import { report } from "./check.ts";
import { mutatedBytes, mutatedWorkbook, randomZip, validWorkbooks } from "./files.ts";

/** Time one file may take, generous for a loaded 2-core machine (a real workbook takes a few milliseconds). */
const MAX_MS_PER_FILE = 2_000;

describe("fuzzing the XLSX reader", () => {
  let valid: Uint8Array[] = [];
  beforeAll(async () => {
    valid = await validWorkbooks();
  });

  it("gives only a table or an XlsxParseError (then CSV results or CsvParseError), each file within the time bound", async () => {
    const counts = { table: 0, xlsxError: 0, csvError: 0, slowest: 0 };
    const input = fc.oneof(
      { weight: 4, arbitrary: mutatedWorkbook },
      { weight: 3, arbitrary: mutatedBytes(() => valid) },
      { weight: 2, arbitrary: randomZip },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const start = performance.now();
        try {
          const table = await readXlsxTable(bytes, "fuzz.xlsx");
          counts.table++;
          try {
            parseCsv(table.csv, "fuzz.xlsx");
          } catch (err) {
            if (!(err instanceof CsvParseError)) throw err;
            counts.csvError++;
          }
        } catch (err) {
          if (!(err instanceof XlsxParseError)) throw err;
          counts.xlsxError++;
          expect(err.file).toBe("fuzz.xlsx");
          expect(Number.isInteger(err.row) && err.row >= 1 && Number.isInteger(err.column) && err.column >= 1).toBe(true);
        }
        const ms = performance.now() - start;
        counts.slowest = Math.max(counts.slowest, ms);
        expect(ms).toBeLessThan(MAX_MS_PER_FILE);
      }),
      { numRuns: 600 },
    );
    report(`[fuzz] readXlsxTable: 600 runs, ${counts.table} tables (${counts.csvError} then CsvParseError), ${counts.xlsxError} XlsxParseError, 0 other exceptions, slowest ${counts.slowest.toFixed(0)} ms`);
    expect(counts.table).toBeGreaterThan(0);
    expect(counts.xlsxError).toBeGreaterThan(0);
  });
});

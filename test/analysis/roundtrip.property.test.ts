// Property tests (fast-check): matrix CSV → analysis → CSV is lossless; weak links are exactly the edges ≤ threshold.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze, isWeak, matrixToInput, parseMatrixCsv, toMatrix, writeMatrixCsv, type ScoreMatrix } from "../../analysis/index.ts";

const LABELS = ["BHG", "SR", "SKLed", "SKLær", "PPT", "HEGE", "FYS", "TALE", "PSYK", "ØBC", "FORÆ", "KOORD", "Lærer, 2", 'Se "A"'];
const FLAVOURS = [
  { separator: ",", decimal: "." },
  { separator: ";", decimal: "," },
  { separator: ";", decimal: "." },
  { separator: "\t", decimal: "," },
  { separator: "\t", decimal: "." },
] as const;

/** Random square matrices: 1–9 distinct labels, cells blank or 1.0–5.0 in tenths, blank diagonal, some blank rows. */
const matrixArb: fc.Arbitrary<ScoreMatrix> = fc.uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 9 }).chain((labels) =>
  fc
    .array(fc.tuple(fc.boolean(), fc.array(fc.option(fc.integer({ min: 10, max: 50 }).map((t) => t / 10), { freq: 4 }), { minLength: labels.length, maxLength: labels.length })), {
      minLength: labels.length,
      maxLength: labels.length,
    })
    .map((rows) => ({
      labels,
      rows: rows.map(([blank, cells], i) => cells.map((v, j) => (blank || i === j ? null : v))),
    })),
);

describe("matrix round trip", () => {
  it("CSV → analysis → CSV is unchanged, in every flavour", () => {
    fc.assert(
      fc.property(matrixArb, fc.constantFrom(...FLAVOURS), fc.boolean(), (matrix, flavour, bom) => {
        const csv = writeMatrixCsv(matrix, { ...flavour, bom });
        const result = analyze(matrixToInput(parseMatrixCsv(csv, "p.csv")));
        expect(toMatrix(result)).toEqual(matrix);
        expect(writeMatrixCsv(toMatrix(result), { ...flavour, bom })).toBe(csv);
      }),
      { numRuns: 200 },
    );
  });

  it("weak links are exactly the edges at or below the threshold", () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 10, max: 50 }).map((t) => t / 10), (matrix, threshold) => {
        const result = analyze(matrixToInput(matrix), { threshold });
        const expected = result.edges.filter((e) => e.score <= threshold).map((e) => `${e.source}>${e.target}`).sort();
        expect(result.weakLinks.map((w) => `${w.source}>${w.target}`).sort()).toEqual(expected);
        expect(result.edges.every((e) => e.weak === isWeak(e.score, threshold) && e.weak === (e.band === "weak"))).toBe(true);
        const scores = result.weakLinks.map((w) => w.score);
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});

// Matrix CSV parser: every flavour of the seed's shape, and broken files with line and column.
import { describe, expect, it } from "vitest";
import { CsvParseError, detectCsvFormat, parseMatrixCsv, writeMatrixCsv } from "../../analysis/index.ts";

const expected = { labels: ["HEGE", "ØBC", "PSYK"], rows: [[null, 1, 1.8], [4.2, null, null], [null, null, null]] };

function error(text: string): CsvParseError {
  try {
    parseMatrixCsv(text, "bad.csv");
  } catch (e) {
    if (e instanceof CsvParseError) return e;
    throw e;
  }
  throw new Error("expected a CsvParseError");
}

describe("parseMatrixCsv", () => {
  it.each([
    ["comma, point decimals", "rater\\rated,HEGE,ØBC,PSYK\nHEGE,,1.0,1.8\nØBC,4.2,,\nPSYK,,,\n"],
    ["semicolon, decimal comma, BOM, CRLF", "\uFEFFrater\\rated;HEGE;ØBC;PSYK\r\nHEGE;;1,0;1,8\r\nØBC;4,2;;\r\nPSYK;;;\r\n"],
    ["tab, decimal comma", "rater\\rated\tHEGE\tØBC\tPSYK\nHEGE\t\t1,0\t1,8\nØBC\t4,2\t\t\nPSYK\t\t\t\n"],
    ["tab, point decimals, spaces, no trailing newline", "rater\\rated\tHEGE\tØBC\tPSYK\nHEGE\t \t 1.0\t1.8 \nØBC\t4.2\t\t\nPSYK\t\t\t"],
    ["comma with quoted decimal comma, missing row, blank lines", 'rater\\rated,HEGE,ØBC,PSYK\n\nHEGE,,"1,0",1.8\nØBC,4.2\n'],
    ["rows in another order", "rater\\rated,HEGE,ØBC,PSYK\nPSYK,,,\nØBC,4.2,,\nHEGE,,1,1.8\n"],
  ])("reads %s", (_name, text) => {
    expect(parseMatrixCsv(text, "m.csv")).toMatchObject(expected);
  });

  it.each([
    ["a non-number", "rater\\rated,A,B\nA,,x\n", 2, 3, /"x" is not a number/],
    ["a value out of range", "rater\\rated,A,B\nA,,\nB,6,\n", 3, 2, /6 is outside 1–5/],
    ["an unknown rater", "rater\\rated,A,B\nC,,4\n", 2, 1, /rater "C" is not among the header labels/],
    ["a repeated row", "rater\\rated,A,B\nA,,4\nA,,3\n", 3, 1, /already has a row on line 2/],
    ["a repeated label", "rater\\rated,A,A\n", 1, 3, /appears twice/],
    ["a value past the last column", "rater\\rated,A,B\nA,,4,5\n", 2, 4, /beyond the last column/],
    ["a broken quote", 'rater\\rated,A,B\nA,"4"x,\n', 2, 2, /invalid CSV/],
    ["an empty file", "", 1, 1, /empty/],
    ["a header without labels", "rater\\rated\n", 1, 2, /no labels/],
    ["values without a label", "rater\\rated,A,B\n,4,4\n", 2, 1, /no rater label/],
    ["a decimal comma in a comma file (splits the cell)", "rater\\rated,A,B\nA,,4,5\n", 2, 4, /beyond/],
  ])("reports %s with file, line and column", (_name, text, line, column, message) => {
    const e = error(text);
    expect(e).toMatchObject({ file: "bad.csv", line, column });
    expect(e.message).toMatch(/^bad\.csv:\d+:\d+: /);
    expect(e.detail).toMatch(message);
  });
});

describe("detectCsvFormat", () => {
  it("tells matrix from long", () => {
    expect(detectCsvFormat("rater\\rated,A\n")).toBe("matrix");
    expect(detectCsvFormat("\uFEFFcase;round;rater_id;rater_role;target_id;target_role;item;value\n")).toBe("long");
  });
});

describe("writeMatrixCsv", () => {
  it("writes the seed's shape and the Norwegian Excel flavour", () => {
    expect(writeMatrixCsv(expected)).toBe("rater\\rated,HEGE,ØBC,PSYK\nHEGE,,1,1.8\nØBC,4.2,,\nPSYK,,,\n");
    expect(writeMatrixCsv(expected, { separator: ";", decimal: ",", bom: true, eol: "\r\n" })).toBe(
      "\uFEFFrater\\rated;HEGE;ØBC;PSYK\r\nHEGE;;1;1,8\r\nØBC;4,2;;\r\nPSYK;;;\r\n",
    );
    expect(() => writeMatrixCsv(expected, { separator: ",", decimal: "," })).toThrow(/writeMatrixCsv: option "separator"/);
  });
});

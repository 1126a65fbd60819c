// Hostile CSV files (a 9 000-member header, 7 600 new members, too many rows, huge text, bad names) are refused quickly, naming the limit.
import { describe, expect, it } from "vitest";
import { CsvParseError, parseCsv, parseLongCsv, parseMatrixCsv } from "../../../analysis/csv/index.ts";
import { LIMITS } from "../../../analysis/limits.ts";
import { isolated, report, type Isolated } from "./isolate.ts";

const MAX_MS = 1_000;
const MAX_HEAP_GROWTH_MB = 32;
const HEADER = "case,round,rater_id,rater_role,target_id,target_role,item,value";

function expectRefused(name: string, r: Isolated, limit: string, message: RegExp) {
  report(`[hostile] csv ${name}: ${r.error?.name ?? "accepted"} (${r.error?.limit ?? "-"}) in ${r.ms.toFixed(0)} ms, heap +${r.peakHeapGrowthMb.toFixed(1)} MB`);
  expect(r.error, "the parser must refuse the file").not.toBeNull();
  expect(r.error).toMatchObject({ name: "CsvParseError", limit });
  expect(r.error!.message).toMatch(message);
  expect(r.ms).toBeLessThan(MAX_MS);
  expect(r.peakHeapGrowthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  expect(r.reservedGrowthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
}

function caught(fn: () => unknown): CsvParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvParseError) return e;
    throw e;
  }
  throw new Error("expected a CsvParseError");
}

describe("hostile CSV files", () => {
  it("a 40 KB header naming 9 000 members is refused before an 81 M-cell matrix is allocated", async () => {
    const text = `rater\\rated,${Array.from({ length: 9000 }, (_, i) => `m${i.toString(36)}`).join(",")}\n`;
    expect(text.length).toBeLessThan(45_000);
    expectRefused("9000-member header", await isolated("csv", text), "columns", /9001 fields; at most 100 .*at most 60 members/);
  });

  it("a header of 61 to 99 members is refused on the member limit, with the column of the first one too many", () => {
    const text = `rater\\rated,${Array.from({ length: 61 }, (_, i) => `M${i}`).join(",")}\n`;
    expect(caught(() => parseMatrixCsv(text, "m.csv"))).toMatchObject({ line: 1, column: 62, limit: "members", detail: "the header names 61 members; a team has at most 60." });
    expect(parseMatrixCsv(`rater\\rated,${Array.from({ length: 60 }, (_, i) => `M${i}`).join(",")}\n`, "m.csv").labels).toHaveLength(60);
  });

  it("a 251 KB long CSV with 7 600 new member ids is refused at the row bringing member 61", async () => {
    const rows = Array.from({ length: 7600 }, (_, i) => `K,R,m${i},SR,m${i + 1},SR,frequent,3`);
    const text = [HEADER, ...rows].join("\n") + "\n";
    expect(text.length).toBeGreaterThan(240_000);
    expectRefused("7600-member long file", await isolated("csv", text), "members", /hostile\.csv:61:5: case K, round R has more than 60 members/);
  });

  it("more rows than the row limit, or more text than the text limit, are refused naming the limit", () => {
    const rows = Array.from({ length: LIMITS.rows + 1 }, (_, i) => `K,R,a,SR,b,PPT,item${i},3`);
    // The header counts: record 30 001 is on line 30 001.
    expect(caught(() => parseLongCsv([HEADER, ...rows].join("\n"), "l.csv"))).toMatchObject({ line: LIMITS.rows + 1, limit: "rows" });
    const huge = `rater\\rated,A\n${"\n".repeat(LIMITS.textLength)}`;
    expect(caught(() => parseCsv(huge, "h.csv"))).toMatchObject({ line: 1, limit: "textLength" });
    // 1.5 M empty lines under the text limit are only skipped: no records, no allocation per line.
    const start = performance.now();
    expect(parseMatrixCsv(`${"\n".repeat(1_500_000)}rater\\rated,A,B\nA,,4\n`, "e.csv").rows).toEqual([[null, 4], [null, null]]);
    expect(performance.now() - start).toBeLessThan(MAX_MS);
  });

  it("a record longer than 64 K characters is refused without splitting it into fields", () => {
    expect(caught(() => parseMatrixCsv(`rater\\rated,A\nA,"${"x".repeat(70_000)}"\n`, "r.csv"))).toMatchObject({ line: 2, limit: "columns" });
  });

  it("labels and names: NFC, length cap, no control, text-direction or zero-width characters", () => {
    const m = parseMatrixCsv("rater\\rated,A\u030Ase,B\nA\u030Ase,,4\n", "n.csv");
    expect(m.labels).toEqual(["Åse", "B"]);
    expect(m.rows[0][1]).toBe(4);
    expect(caught(() => parseMatrixCsv(`rater\\rated,${"L".repeat(81)}\n`, "n.csv"))).toMatchObject({ line: 1, column: 2, limit: "labelLength" });
    for (const [bad, why] of [["Ad\u202Emin", /text-direction control characters \(U\+202E at position 3\)/], ["Ol\u200Ba", /zero-width characters \(U\+200B/], ['"a\nb"', /one line, without tabs or line breaks \(U\+000A/], ["a\u0000b", /control or invisible characters \(U\+0000/]] as const) {
      expect(caught(() => parseMatrixCsv(`rater\\rated,${bad}\n`, "n.csv")).detail).toMatch(why);
      const long = `${HEADER}\nK,R,${bad},SR,b,PPT,frequent,3\n`;
      expect(caught(() => parseLongCsv(long, "l.csv"))).toMatchObject({ line: 2, column: 3 });
    }
    expect(caught(() => parseLongCsv(`${HEADER}\nK,Vår\u2066 2026,a,SR,b,PPT,frequent,3\n`, "l.csv"))).toMatchObject({ column: 2 });
    expect(caught(() => parseLongCsv(`${HEADER}\n${"K".repeat(81)},R,a,SR,b,PPT,frequent,3\n`, "l.csv"))).toMatchObject({ column: 1, limit: "labelLength" });
  });
});

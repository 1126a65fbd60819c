// Long CSV parser: groups per case and round, N/A, non-responders, broken rows with line and column.
import { describe, expect, it } from "vitest";
import { analyze, CsvParseError, parseCsv, parseLongCsv } from "../../analysis/index.ts";

const HEADER = "case,round,rater_id,rater_role,target_id,target_role,item,value";
const text = [
  HEADER,
  "K1,autumn,m1,SR,m2,PPT,frequent,4",
  "K1,autumn,m1,SR,m2,PPT,timely,NA",
  "K1,autumn,m2,PPT,m1,SR,frequent,2",
  "K1,autumn,m1,SR,m3,FORÆ,frequent,",
  "K1,spring,m1,SR,m2,PPT,frequent,5",
  "K2,autumn,x,HEGE,y,SR,frequent,3",
].join("\n");

describe("parseLongCsv", () => {
  it("gives one input per case and round, in order, with N/A as null", () => {
    const groups = parseLongCsv(text, "long.csv");
    expect(groups.map((g) => [g.case, g.round])).toEqual([["K1", "autumn"], ["K1", "spring"], ["K2", "autumn"]]);
    const k1 = groups[0].input;
    expect(k1.nodes).toEqual([{ id: "m1", role: "SR", label: "m1" }, { id: "m2", role: "PPT", label: "m2" }, { id: "m3", role: "FORÆ", label: "m3" }]);
    expect(k1.ratings[1]).toEqual({ rater: "m1", target: "m2", item: "timely", value: null });
    expect(k1.items).toHaveLength(7); // only default item ids → the default instrument
    const r = analyze(k1);
    expect(r.nodes.find((n) => n.id === "m3")!.responded).toBe(false);
    expect(r.edges.find((e) => e.source === "m1" && e.target === "m2")).toMatchObject({ score: 4, n: 1 });
  });
  it("reads `;` with decimal comma and columns in any order", () => {
    const t = "value;item;case;round;rater_id;rater_role;target_id;target_role\n3,5;frequent;K;1;a;SR;b;PPT\n";
    expect(parseCsv(t, "x.csv")).toMatchObject({ format: "long", groups: [{ input: { ratings: [{ value: 3.5 }] } }] });
  });
  it.each([
    ["a missing column", "case,round,rater_id\n", 1, 4, /missing column\(s\) rater_role/],
    ["a short row", `${HEADER}\nK,1,a,SR\n`, 2, 5, /4 fields/],
    ["an empty id", `${HEADER}\nK,1,,SR,b,PPT,frequent,3\n`, 2, 3, /"rater_id" is empty/],
    ["a bad value", `${HEADER}\nK,1,a,SR,b,PPT,frequent,9\n`, 2, 8, /outside 1–5/],
    ["a role conflict", `${HEADER}\nK,1,a,SR,b,PPT,frequent,3\nK,1,b,HEGE,a,SR,frequent,3\n`, 3, 4, /role "HEGE" here but "PPT" on line 2/],
    ["a duplicate rating", `${HEADER}\nK,1,a,SR,b,PPT,frequent,3\nK,1,a,SR,b,PPT,frequent,4\n`, 3, 7, /duplicate rating \(first on line 2\)/],
    ["a self-rating", `${HEADER}\nK,1,a,SR,a,SR,frequent,3\n`, 2, 5, /rates themselves/],
  ])("reports %s with line and column", (_name, t, line, column, message) => {
    let caught: unknown;
    try {
      parseLongCsv(t, "l.csv");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CsvParseError);
    expect(caught).toMatchObject({ file: "l.csv", line, column });
    expect((caught as CsvParseError).detail).toMatch(message);
  });
});

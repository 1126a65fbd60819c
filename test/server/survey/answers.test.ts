// Pure answer-set checks: scope validation, completeness, ordering, and the form parser.
import { describe, expect, it } from "vitest";
import { checkRatings, isComplete, missingCells, orderRatings } from "../../../surveys/answers.ts";
import { estimateMinutes, targetPhrase } from "../../../surveys/text.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { parseForm } from "../../../server/routes/survey/form-body.ts";

const scope = { raterId: "a", targetIds: ["b", "c"], itemIds: ["x", "y"] };

describe("answer checks", () => {
  it("finds self-ratings, unknown targets/items and duplicates", () => {
    const issues = checkRatings(
      [
        { target: "a", item: "x", value: 1 },
        { target: "z", item: "x", value: 1 },
        { target: "b", item: "q", value: 1 },
        { target: "b", item: "x", value: null },
        { target: "b", item: "x", value: 2 },
      ],
      scope,
    );
    expect(issues.map((i) => [i.code, i.index])).toEqual([
      ["self_rating", 0],
      ["unknown_target", 1],
      ["unknown_item", 2],
      ["duplicate", 4],
    ]);
  });

  it("counts N/A as answered and lists missing cells in order", () => {
    const r = [
      { target: "c", item: "y", value: null },
      { target: "b", item: "x", value: 3 },
    ];
    expect(missingCells(r, scope).map((m) => `${m.target}.${m.item}`)).toEqual(["b.y", "c.x"]);
    expect(isComplete([...r, { target: "b", item: "y", value: 1 }, { target: "c", item: "x", value: null }], scope)).toBe(true);
    expect(orderRatings(r, scope).map((x) => x.target)).toEqual(["b", "c"]);
  });

  it("names targets naturally inside questions and estimates the time", () => {
    expect(targetPhrase("Helsesykepleier", "", "nb")).toBe("helsesykepleier");
    expect(targetPhrase("PP-tjenesten", "", "nb")).toBe("PP-tjenesten");
    expect(targetPhrase("Teacher", "3B", "en")).toBe("the teacher (3B)");
    expect(estimateMinutes(5, RC7_V1)).toBe(5);
    expect(estimateMinutes(1, RC7_V1)).toBe(2);
  });
});

describe("form parser", () => {
  it("reads values, flags invalid values per field and tampering", () => {
    const ok = parseForm({ action: "draft", "r.b.x": "na", "r.c.y": "5", "r.c.x": "0", other: "ignored" }, scope);
    expect(ok.action).toBe("draft");
    expect(ok.ratings).toEqual([
      { target: "b", item: "x", value: null },
      { target: "c", item: "y", value: 5 },
    ]);
    expect(ok.invalid).toEqual([{ target: "c", item: "x", kind: "invalid" }]);
    expect(ok.tampered).toBe(false);
    expect(parseForm({ "r.b.x": ["1", "2"] }, scope).tampered).toBe(true);
    expect(parseForm({ "r.a.x": "1" }, scope).tampered).toBe(true);
    expect(parseForm({ "r.b.x.y": "1" }, scope).tampered).toBe(true);
  });
});

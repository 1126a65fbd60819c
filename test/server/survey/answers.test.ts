// Pure answer-set placement: scope problems, completeness, ordering, and the form parser.
import { describe, expect, it } from "vitest";
import { placeRatings } from "../../../surveys/answers.ts";
import { estimateMinutes, targetPhrase } from "../../../surveys/text.ts";
import { RC7_V2 } from "../../../surveys/rc7-v2.ts";
import { parseForm } from "../../../server/routes/survey/form-body.ts";

const scope = { raterId: "a", targetIds: ["b", "c"], itemIds: ["x", "y"] };

describe("placing ratings", () => {
  it("finds self-ratings, unknown targets/items and duplicates, with their index", () => {
    const { issues } = placeRatings(
      [
        { target: "a", item: "x", value: 1 },
        { target: "z", item: "x", value: 1 },
        { target: "b", item: "q", value: 1 },
        { target: "b", item: "x", value: null },
        { target: "b", item: "x", value: 2 },
        { target: "constructor", item: "x", value: 2 },
      ],
      scope,
      false,
    );
    expect(issues.map((i) => [i.code, i.index])).toEqual([
      ["self_rating", 0],
      ["unknown_target", 1],
      ["unknown_item", 2],
      ["duplicate", 4],
      ["unknown_target", 5],
    ]);
  });

  it("counts N/A as answered, lists missing cells in order only when asked, and orders the ratings as the scope does", () => {
    const r = [
      { target: "c", item: "y", value: null },
      { target: "b", item: "x", value: 3, extra: "dropped" },
    ];
    expect(placeRatings(r, scope, false).issues).toEqual([]);
    const placed = placeRatings(r, scope, true);
    expect(placed.issues.map((m) => `${m.code} ${m.target}.${m.item}`)).toEqual(["missing b.y", "missing c.x"]);
    expect(placed.ratings).toEqual([{ target: "b", item: "x", value: 3 }, { target: "c", item: "y", value: null }]);
    const full = [...r, { target: "b", item: "y", value: 1 }, { target: "c", item: "x", value: null }];
    expect(placeRatings(full, scope, true).issues).toEqual([]);
  });

  it("family scopes: items per target, only the required targets must be complete", () => {
    const family = { raterId: "p", targetIds: ["_team", "t1"], itemIds: ["whole", "each"], itemsFor: { _team: ["whole"], t1: ["each"] }, requiredTargetIds: ["_team"] };
    expect(placeRatings([{ target: "t1", item: "whole", value: 2 }], family, false).issues.map((i) => i.code)).toEqual(["unknown_item"]);
    expect(placeRatings([{ target: "t1", item: "each", value: 2 }], family, true).issues.map((i) => `${i.code} ${i.target}`)).toEqual(["missing _team"]);
    expect(placeRatings([{ target: "_team", item: "whole", value: 2 }], family, true).issues).toEqual([]);
  });

  it("names targets naturally inside questions and estimates the time", () => {
    expect(targetPhrase("HEGE", "", "nb")).toBe("helsesykepleieren");
    expect(targetPhrase("KOORD", "Kari", "nb")).toBe("koordinatoren (Kari)");
    expect(targetPhrase("PPT", "", "nn")).toBe("PP-tenesta");
    expect(targetPhrase("SKLær", "3B", "en")).toBe("the teacher (3B)");
    // A role the catalogue does not know: its id, lower-cased unless it looks like an abbreviation.
    expect(targetPhrase("Rektor", "", "nb")).toBe("rektor");
    expect(targetPhrase("BUP", "", "nb")).toBe("BUP");
    expect(estimateMinutes(5, RC7_V2)).toBe(5);
    expect(estimateMinutes(1, RC7_V2)).toBe(2);
  });
});

describe("form parser", () => {
  it("reads values as numbers, N/A as null and anything else as text for the schema to judge; flags tampering", () => {
    const ok = parseForm(new URLSearchParams({ action: "draft", "r.b.x": "na", "r.c.y": "5", "r.c.x": "0", "r.b.y": "1.5", other: "ignored" }));
    expect(ok.action).toBe("draft");
    expect(ok.ratings).toEqual([
      { target: "b", item: "x", value: null },
      { target: "c", item: "y", value: 5 },
      { target: "c", item: "x", value: 0 },
      { target: "b", item: "y", value: "1.5" },
    ]);
    expect(ok.fields.map(([name]) => name)).toEqual(["r.b.x", "r.c.y", "r.c.x", "r.b.y"]);
    expect(ok.tampered).toBe(false);
    expect(parseForm(new URLSearchParams("r.b.x=1&r.b.x=2&action=draft")).tampered).toBe(true);
    expect(parseForm(new URLSearchParams("r.b.x.y=1&action=draft")).tampered).toBe(true);
    expect(parseForm(new URLSearchParams("action=draft&action=submit")).tampered).toBe(true);
  });
});

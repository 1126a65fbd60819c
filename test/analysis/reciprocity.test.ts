// reciprocity of the non-weak graph on tiny graphs.
import { describe, expect, it } from "vitest";
import { reciprocity } from "../../analysis/index.ts";
import { graphOf } from "./helpers.ts";

describe("reciprocity", () => {
  it("is the share of non-weak edges whose reverse is non-weak", () => {
    // Non-weak: a→b, b→a, a→c (c→a = 2 is weak) → 2 of 3 reciprocated.
    const g = graphOf(["a", "b", "c"], ["a>b:5", "b>a:4", "a>c:5", "c>a:2"]);
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 12);
    // With threshold 4, b→a is weak too: non-weak a→b, a→c, none reciprocated.
    expect(reciprocity(g, 4)).toBe(0);
  });
  it("is null without non-weak edges and ignores self-loops", () => {
    expect(reciprocity(graphOf(["a", "b"], ["a>b:1"]))).toBeNull();
    expect(reciprocity(graphOf(["a", "b"], ["a>a:5", "a>b:5"]))).toBe(0);
  });
});

// weakLinks and bands on tiny graphs.
import { describe, expect, it } from "vitest";
import { band, weakLinks } from "../../analysis/index.ts";
import { graphOf } from "./helpers.ts";

describe("weakLinks", () => {
  it("keeps edges at or below the threshold, sorted by score, source, target", () => {
    // b>a 3.5 is exactly at the threshold → weak; a>b 3.6 is not.
    const g = graphOf(["a", "b", "c"], ["a>b:3.6", "b>a:3.5", "c>b:2", "c>a:2", "a>c:5"]);
    expect(weakLinks(g)).toEqual([
      { source: "c", target: "a", score: 2 },
      { source: "c", target: "b", score: 2 },
      { source: "b", target: "a", score: 3.5 },
    ]);
    expect(weakLinks(g, 2)).toHaveLength(2);
  });
  it("counts a mean that lands on the threshold as weak despite rounding", () => {
    const g = graphOf(["a", "b"], [`a>b:${(3.4 + 3.6) / 2}`]);
    expect(weakLinks(g, 3.5)).toHaveLength(1);
  });
  it("names the function and option on bad input", () => {
    expect(() => weakLinks(graphOf(["a"], []), Number.NaN)).toThrow(/weakLinks: option "threshold"/);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => weakLinks({} as any)).toThrow(/weakLinks: the given graph/);
  });
});

describe("band", () => {
  it("is weak ≤ 3.5 < moderate ≤ 4.0 < strong", () => {
    const bands = { weak: 3.5, moderate: 4.0 };
    expect([1, 3.5, 3.51, 4, 4.01, 5].map((s) => band(s, bands))).toEqual(["weak", "weak", "moderate", "moderate", "strong", "strong"]);
    expect(() => band(3, { weak: 4, moderate: 3 })).toThrow(/band: option "bands"/);
  });
});

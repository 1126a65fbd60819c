// density of the non-weak graph on tiny graphs, values worked out by hand.
import { describe, expect, it } from "vitest";
import { density } from "../../analysis/density.ts";
import { graphOf } from "./helpers.ts";

describe("density", () => {
  it("is the non-weak links over n(n − 1)", () => {
    // 3 nodes → 6 possible links; non-weak: a→b (5), b→a (4), a→c (3.6); c→a (2) and b→c (3.5) are weak → 3 / 6.
    const g = graphOf(["a", "b", "c"], ["a>b:5", "b>a:4", "a>c:3.6", "c>a:2", "b>c:3.5"]);
    expect(density(g)).toBe(0.5);
    // Threshold 4: only a→b is above it → 1 / 6.
    expect(density(g, 4)).toBeCloseTo(1 / 6, 12);
    // Threshold 1.5: all five links are above it → 5 / 6.
    expect(density(g, 1.5)).toBeCloseTo(5 / 6, 12);
  });
  it("counts a node that rated nobody in the denominator and leaves self-loops out", () => {
    // 4 nodes → 12 possible links; a→b, b→a above; the self-loop a→a is not a link between two nodes → 2 / 12.
    expect(density(graphOf(["a", "b", "c", "d"], ["a>a:5", "a>b:5", "b>a:5"]))).toBeCloseTo(2 / 12, 12);
  });
  it("is 0 for fewer than two nodes or no links, and checks its input", () => {
    expect(density(graphOf(["a"], []))).toBe(0);
    expect(density(graphOf(["a", "b"], []))).toBe(0);
    expect(() => density({} as never)).toThrow(/density: the given graph/);
    expect(() => density(graphOf(["a"], []), Number.NaN)).toThrow(/threshold/);
  });
});

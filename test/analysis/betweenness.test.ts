// Betweenness in the non-weak directed graph (graphology-metrics, unweighted, not normalised).
import { describe, expect, it } from "vitest";
import { nonWeakBetweenness } from "../../analysis/index.ts";
import { graphOf } from "./helpers.ts";

describe("nonWeakBetweenness", () => {
  it("counts b on the only path a→b→c once the weak shortcut is dropped", () => {
    // a→c = 2 is weak, so the non-weak graph is the path a→b→c: b lies on a→c → 1.
    const g = graphOf(["a", "b", "c"], ["a>b:5", "b>c:5", "a>c:2"]);
    expect(nonWeakBetweenness(g)).toEqual({ a: 0, b: 1, c: 0 });
  });
  it("gives 0 when the shortcut is strong", () => {
    const g = graphOf(["a", "b", "c"], ["a>b:5", "b>c:5", "a>c:4.5"]);
    expect(nonWeakBetweenness(g)).toEqual({ a: 0, b: 0, c: 0 });
  });
  it("splits two equal shortest paths (a→b→d, a→c→d): b and c 0.5 each", () => {
    const g = graphOf(["a", "b", "c", "d"], ["a>b:5", "a>c:5", "b>d:5", "c>d:5"]);
    expect(nonWeakBetweenness(g)).toEqual({ a: 0, b: 0.5, c: 0.5, d: 0 });
  });
  it("ignores edge scores as weights (each link is one step)", () => {
    // a→b→c (5, 3.6) vs a→c (3.6): direct link is shorter in steps, so b has 0.
    const g = graphOf(["a", "b", "c"], ["a>b:5", "b>c:5", "a>c:3.6"]);
    expect(nonWeakBetweenness(g).b).toBe(0);
  });
});

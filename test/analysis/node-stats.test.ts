// Per-node means and weak counts on a tiny graph.
import { describe, expect, it } from "vitest";
import { nodeStats } from "../../analysis/index.ts";
import { graphOf } from "./helpers.ts";

describe("nodeStats", () => {
  it("averages given and received scores and counts weak links", () => {
    // a gives 5 and 2 → outMean 3.5, weakOut 1; a receives 3 → inMean 3, weakIn 1; c rates nobody.
    const g = graphOf(["a", "b", "c"], ["a>b:5", "a>c:2", "b>a:3"]);
    const s = nodeStats(g);
    expect(s.get("a")).toEqual({ outMean: 3.5, inMean: 3, weakOut: 1, weakIn: 1 });
    expect(s.get("b")).toEqual({ outMean: 3, inMean: 5, weakOut: 1, weakIn: 0 });
    expect(s.get("c")).toEqual({ outMean: null, inMean: 2, weakOut: 0, weakIn: 1 });
  });
});

// asymmetries on tiny graphs.
import { describe, expect, it } from "vitest";
import { asymmetries } from "../../analysis/index.ts";
import { graphOf } from "./helpers.ts";

describe("asymmetries", () => {
  // a↔b: 5 vs 4 → gap 1 (counts, ≥ 1); a↔c: 2 vs 4.5 → 2.5; b↔c: 3 vs 3.5 → 0.5; c→d has no reverse.
  const g = graphOf(["a", "b", "c", "d"], ["a>b:5", "b>a:4", "a>c:2", "c>a:4.5", "b>c:3", "c>b:3.5", "c>d:1"]);
  it("lists pairs with |ab − ba| ≥ gap, largest gap first, a before b in node order", () => {
    expect(asymmetries(g)).toEqual([
      { a: "a", b: "c", ab: 2, ba: 4.5, gap: 2.5 },
      { a: "a", b: "b", ab: 5, ba: 4, gap: 1 },
    ]);
    expect(asymmetries(g, 0.5)).toHaveLength(3);
    expect(asymmetries(g, 3)).toEqual([]);
  });
  it("counts a gap of 1 reached through rounding (4.3 − 3.3)", () => {
    expect(asymmetries(graphOf(["a", "b"], ["a>b:4.3", "b>a:3.3"]))).toHaveLength(1);
  });
  it("rejects a bad gap", () => {
    expect(() => asymmetries(g, -1)).toThrow(/asymmetries: option "gap"/);
  });
});

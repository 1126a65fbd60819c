// In/out degree in the non-weak graph on tiny graphs, values worked out by hand.
import { describe, expect, it } from "vitest";
import { degrees } from "../../analysis/degree.ts";
import { graphOf } from "./helpers.ts";

describe("degrees", () => {
  it("counts non-weak links received (in) and given (out)", () => {
    // Non-weak at 3.5: a→b 5, a→c 4, c→b 3.6, b→a 4.5; weak: b→c 3.5, c→a 1.
    const g = graphOf(["a", "b", "c", "d"], ["a>b:5", "a>c:4", "c>b:3.6", "b>a:4.5", "b>c:3.5", "c>a:1"]);
    const d = degrees(g);
    expect(Object.fromEntries(d)).toEqual({
      a: { in: 1, out: 2 }, // in: b→a; out: a→b, a→c
      b: { in: 2, out: 1 }, // in: a→b, c→b; out: b→a
      c: { in: 1, out: 1 }, // in: a→c; out: c→b
      d: { in: 0, out: 0 }, // nobody rated d, d rated nobody
    });
    // Threshold 4.2: only a→b (5) and b→a (4.5) remain.
    expect(Object.fromEntries(degrees(g, 4.2))).toEqual({ a: { in: 1, out: 1 }, b: { in: 1, out: 1 }, c: { in: 0, out: 0 }, d: { in: 0, out: 0 } });
  });
  it("leaves self-loops out and matches a naive count", () => {
    const spec = ["a>a:5", "a>b:4", "b>a:2", "b>c:5", "c>a:3.9", "c>b:4.1"];
    const g = graphOf(["a", "b", "c"], spec);
    const naive = (id: string, dir: "in" | "out") =>
      spec.filter((s) => {
        const [ends, score] = s.split(":");
        const [src, dst] = ends.split(">");
        return src !== dst && Number(score) > 3.5 && (dir === "in" ? dst : src) === id;
      }).length;
    for (const id of ["a", "b", "c"]) expect(degrees(g).get(id)).toEqual({ in: naive(id, "in"), out: naive(id, "out") });
    expect(degrees(g).get("a")).toEqual({ in: 1, out: 1 });
  });
  it("checks its input", () => {
    expect(() => degrees(null as never)).toThrow(/degrees: the given graph/);
  });
});

// compareRounds: per pair and per node change, weak links closed and opened.
import { describe, expect, it } from "vitest";
import { analyze, compareRounds } from "../../analysis/index.ts";
import { pairInput } from "./helpers.ts";

describe("compareRounds", () => {
  // Autumn: a→b 3 (weak), b→a 4, a→c 2 (weak). Spring: a→b 4 (closed), b→a 3 (opened), a→c gone, c→a 1 (opened, new).
  const before = analyze(pairInput(["a", "b", "c"], ["a>b:3", "b>a:4", "a>c:2"]));
  const after = analyze(pairInput(["a", "b", "c"], ["a>b:4", "b>a:3", "c>a:1"]));
  const c = compareRounds(before, after);

  it("gives the change of every pair, null where one side is missing", () => {
    expect(c.pairs.map((p) => [p.source, p.target, p.before, p.after, p.change])).toEqual([
      ["a", "b", 3, 4, 1],
      ["a", "c", 2, null, null],
      ["b", "a", 4, 3, -1],
      ["c", "a", null, 1, null],
    ]);
  });
  it("lists weak links closed and opened", () => {
    expect(c.weakClosed).toEqual([{ source: "a", target: "b", before: 3, after: 4 }]);
    expect(c.weakOpened).toEqual([
      { source: "b", target: "a", before: 4, after: 3 },
      { source: "c", target: "a", before: null, after: 1 },
    ]);
  });
  it("gives node and summary changes", () => {
    // a: outMean (3+2)/2 = 2.5 → 4, inMean 4 → (3+1)/2 = 2.
    expect(c.nodes.find((n) => n.id === "a")).toMatchObject({ outMean: 1.5, inMean: -2, inBefore: true, inAfter: true });
    expect(c.summary.meanScore).toBeCloseTo(8 / 3 - 3, 12);
  });
  it("rejects something that is not a result", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => compareRounds({} as any, after)).toThrow(/compareRounds: "before"/);
  });
});

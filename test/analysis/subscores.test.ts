// Subscores come from the instrument's item groups: a reordered or new instrument gives the hand-computed means.
import { describe, expect, it } from "vitest";
import { analyze, DEFAULT_INSTRUMENT_ITEMS, dimensionItems, type ItemRating } from "../../analysis/index.ts";
import { Instrument } from "../../surveys/schema.ts";
import { getInstrument } from "../../surveys/index.ts";

const nodes = [
  { id: "a", role: "SKLær", label: "A" },
  { id: "b", role: "PPT", label: "B" },
];
/** A version 2 of the team instrument: the same items and groups in another order. */
const REORDERED = Instrument.parse({
  ...getInstrument("rc7", "1.0.0"),
  version: "2.0.0-test",
  items: ["mutualRespect", "frequent", "sharedGoals", "timely", "sharedKnowledge", "accurate", "problemSolving"].map(
    (id) => getInstrument("rc7", "1.0.0")!.items.find((i) => i.id === id),
  ),
});

/** a→b by item id; b→a leaves two communication items N/A. */
const byItem = {
  a: { frequent: 5, timely: 5, accurate: 4, problemSolving: 4, sharedGoals: 1, sharedKnowledge: 2, mutualRespect: 3 },
  b: { frequent: null, timely: 2, accurate: 3, problemSolving: null, sharedGoals: 4, sharedKnowledge: 4, mutualRespect: 5 },
} as const;
const ratings: ItemRating[] = (["a", "b"] as const).flatMap((rater) =>
  Object.entries(byItem[rater]).map(([item, value]) => ({ rater, target: rater === "a" ? "b" : "a", item, value })),
);
const score = (r: ReturnType<typeof analyze>, source: string) => r.edges.find((e) => e.source === source)!.score;

describe("subscores from the instrument definition", () => {
  it("a reordered instrument gives the same subscores as the original: means of the group's items", () => {
    for (const items of [getInstrument("rc7", "1.0.0")!.items, REORDERED.items]) {
      const comm = analyze({ nodes, ratings, items }, { dimension: "communication" });
      const rel = analyze({ nodes, ratings, items }, { dimension: "relationship" });
      // By hand: a→b communication (5+5+4+4)/4 = 4.5, relationship (1+2+3)/3 = 2;
      // b→a communication (2+3)/2 = 2.5 (two N/A), relationship (4+4+5)/3 = 13/3.
      expect(score(comm, "a")).toBe(4.5);
      expect(score(rel, "a")).toBe(2);
      expect(score(comm, "b")).toBe(2.5);
      expect(score(rel, "b")).toBeCloseTo(13 / 3, 12);
      expect(comm.weakLinks.map((w) => w.source)).toEqual(["b"]);
    }
  });

  it("does not split by position: the first four items of the reordered instrument are not its communication items", () => {
    const firstFour = REORDERED.items.slice(0, 4).map((i) => i.id);
    expect(firstFour).toEqual(["mutualRespect", "frequent", "sharedGoals", "timely"]);
    expect(dimensionItems("t", REORDERED.items, "communication")).toEqual(["frequent", "timely", "accurate", "problemSolving"]);
    expect(dimensionItems("t", REORDERED.items, "relationship")).toEqual(["mutualRespect", "sharedGoals", "sharedKnowledge"]);
  });

  it("a new instrument with other items and groups: every group is a dimension", () => {
    const items = [{ id: "q1", group: "trust" }, { id: "q2", group: "talk" }, { id: "q3", group: "trust" }];
    const r = [
      { rater: "a", target: "b", item: "q1", value: 2 }, { rater: "a", target: "b", item: "q2", value: 5 },
      { rater: "a", target: "b", item: "q3", value: 3 },
    ];
    expect(score(analyze({ nodes, ratings: r, items }, { dimension: "trust" }), "a")).toBe(2.5);
    expect(score(analyze({ nodes, ratings: r, items }, { dimension: "talk" }), "a")).toBe(5);
    expect(() => analyze({ nodes, ratings: r, items }, { dimension: "communication" })).toThrow(/must be "all", "trust", "talk", an item id \(q1, q2, q3\)/);
  });

  it("without an instrument, ratings that use only the default instrument's ids get its groups (rc7 default)", () => {
    expect(DEFAULT_INSTRUMENT_ITEMS.map((i) => i.group)).toEqual(getInstrument("rc7")!.items.map((i) => i.group));
    expect(score(analyze({ nodes, ratings }, { dimension: "communication" }), "a")).toBe(4.5);
    expect(score(analyze({ nodes, ratings: [...ratings].reverse() }, { dimension: "relationship" }), "b")).toBeCloseTo(13 / 3, 12);
  });

  it("bare item ids carry no groups, so a subscore is refused with a message saying so", () => {
    const items = REORDERED.items.map((i) => i.id);
    expect(() => analyze({ nodes, ratings, items }, { dimension: "communication" })).toThrow(/carry no subscore groups/);
    expect(() => analyze({ nodes, ratings, items: [{ id: "x", group: 3 } as never] })).toThrow(/input "items"/);
  });
});

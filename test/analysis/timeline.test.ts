// caseTimeline on tiny rounds: figures per round, pairs lined up across rounds, rounds without a result, self-loops left out.
import { describe, expect, it } from "vitest";
import { analyze } from "../../analysis/analyze.ts";
import { caseTimeline } from "../../analysis/timeline.ts";
import { pairInput } from "./helpers.ts";

describe("caseTimeline", () => {
  it("lines up each pair's score across rounds and leaves a round without a result empty", () => {
    const r1 = analyze(pairInput(["a", "b", "c"], ["a>b:2", "b>a:4", "a>c:5"]));
    const r2 = analyze(pairInput(["a", "b", "c"], ["a>b:4", "c>a:4"]));
    const tl = caseTimeline([r1, null, r2]);
    expect(tl.pairs).toEqual([
      { source: "a", target: "b", scores: [2, null, 4] },
      { source: "a", target: "c", scores: [5, null, null] },
      { source: "b", target: "a", scores: [4, null, null] },
      { source: "c", target: "a", scores: [null, null, 4] },
    ]);
    expect(tl.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(tl.figures[1]).toEqual({ responseRate: null, meanScore: null, weakShare: null, reciprocity: null, unanswered: 0, links: 0, weak: 0 });
    // Round 1: b→a (4) answered back by a→b (2, weak): r = 0/1; a→c has no answer from c: counted apart.
    expect(tl.figures[0]).toEqual({ responseRate: 2 / 3, meanScore: 11 / 3, weakShare: 1 / 3, reciprocity: 0, unanswered: 1, links: 3, weak: 1 });
    // Round 2: a→b and c→a both non-weak, neither answered back.
    expect(tl.figures[2]).toMatchObject({ reciprocity: null, unanswered: 2, links: 2, weak: 0 });
  });

  it("leaves role self-loops out of the pairs but keeps them in the round's figures, as the analysis does", () => {
    const r = analyze(
      { nodes: [{ id: "t1", role: "SKLær", label: "t1" }, { id: "t2", role: "SKLær", label: "t2" }, { id: "p", role: "PPT", label: "p" }], pairScores: [{ rater: "t1", target: "t2", score: 2 }, { rater: "p", target: "t1", score: 5 }] },
      { by: "role" },
    );
    const tl = caseTimeline([r]);
    expect(tl.pairs).toEqual([{ source: "PPT", target: "SKLær", scores: [5] }]);
    expect(tl.figures[0]).toMatchObject({ links: 2, weak: 1, meanScore: 3.5 });
  });
});

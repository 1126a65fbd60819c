// Reciprocity over answered pairs: non-answers are counted apart; values worked out by hand.
import { describe, expect, it } from "vitest";
import { answeredReciprocity } from "../../analysis/answered-reciprocity.ts";
import { reciprocity } from "../../analysis/reciprocity.ts";
import { graphOf } from "./helpers.ts";

describe("answeredReciprocity", () => {
  it("leaves out the links whose reverse was not answered", () => {
    // Non-weak: a→b, b→a, a→c, b→c, a→d. c→a is weak (2); d answered nothing, c did not rate b.
    // Answered reverse: a→b (b→a 4), b→a (a→b 5), a→c (c→a 2) → 3 answered, 2 mutual; b→c and a→d have no reverse.
    const g = graphOf(["a", "b", "c", "d"], ["a>b:5", "b>a:4", "a>c:5", "c>a:2", "b>c:4", "a>d:4.5"]);
    expect(answeredReciprocity(g)).toEqual({ reciprocity: 2 / 3, answered: 3, mutual: 2, unanswered: 2 });
    // The plain reciprocity counts the two unanswered links as one-way: 2 / 5.
    expect(reciprocity(g)).toBeCloseTo(2 / 5, 12);
  });
  it("does not read as failure when the other side did not answer at all", () => {
    // Everyone rates the non-responder e well; e answered nothing. Among the answered pairs all is mutual.
    const g = graphOf(["a", "b", "e"], ["a>b:5", "b>a:5", "a>e:5", "b>e:5"]);
    expect(answeredReciprocity(g)).toEqual({ reciprocity: 1, answered: 2, mutual: 2, unanswered: 2 });
    expect(reciprocity(g)).toBe(0.5);
  });
  it("is null when no non-weak link has an answered reverse, follows the threshold and ignores self-loops", () => {
    expect(answeredReciprocity(graphOf(["a", "b"], ["a>b:5"]))).toEqual({ reciprocity: null, answered: 0, mutual: 0, unanswered: 1 });
    expect(answeredReciprocity(graphOf(["a", "b"], ["a>a:5", "a>b:4", "b>a:3"]))).toEqual({ reciprocity: 0, answered: 1, mutual: 0, unanswered: 0 });
    expect(answeredReciprocity(graphOf(["a", "b"], ["a>b:4", "b>a:3"]), 2.5)).toEqual({ reciprocity: 1, answered: 2, mutual: 2, unanswered: 0 });
    expect(() => answeredReciprocity(graphOf(["a"], []), Infinity)).toThrow(/answeredReciprocity: option "threshold"/);
  });
});

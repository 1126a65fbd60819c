// fingerprint: equal signed sets agree in any order; small different sets (the common case: units of a few cases) never collide.
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../analysis/aggregate/fingerprint.ts";

const set = (members: number[], signs = members.map(() => 1)) => ({ members: Int32Array.from(members), signs: Int8Array.from(signs) });

describe("fingerprint", () => {
  it("is the same for the same members and signs in any order", () => {
    expect(fingerprint(set([3, 9, 27], [1, -1, 1]))).toBe(fingerprint(set([27, 3, 9], [1, 1, -1])));
  });

  it("tells apart the sign of a member and the size of a set", () => {
    expect(fingerprint(set([3, 9], [1, -1]))).not.toBe(fingerprint(set([3, 9], [1, 1])));
    expect(fingerprint(set([0]))).not.toBe(fingerprint(set([])));
  });

  // A fingerprint that is linear in the indices (as a multiplicative hash reduced modulo a prime close to its range is)
  // gives {0,1,5} and {0,2,4} the same value: different units then share a fate and are hidden together.
  it("gives every 3-subset and every signed pair of 0…63 its own value", () => {
    const seen = new Map<string, string>();
    for (let i = 0; i < 64; i++) {
      for (let j = i + 1; j < 64; j++) {
        for (const signs of [[1, 1], [1, -1], [-1, 1]]) seen.set(fingerprint(set([i, j], signs)), `${i}${signs[0]} ${j}${signs[1]}`);
        for (let k = j + 1; k < 64; k++) seen.set(fingerprint(set([i, j, k])), `${i} ${j} ${k}`);
      }
    }
    expect(seen.size).toBe(64 * 63 / 2 * 3 + (64 * 63 * 62) / 6);
  });
});

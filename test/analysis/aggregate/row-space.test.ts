// RowSpace (modular echelon form) against exact rational elimination, on tiny hand matrices and random 0/±1 matrices.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIMES, RowSpace } from "../../../analysis/aggregate/row-space.ts";
import { ExactSpan, type Vec } from "./exact-span.ts";

const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261128);
const vec = (row: number[]) => ({ cols: row.map((_, i) => i).filter((i) => row[i] !== 0), coefs: row.filter((x) => x !== 0) });
const exact = (row: number[]): Vec => new Map(row.flatMap((x, i): [string, bigint][] => (x === 0 ? [] : [[`c${String(i).padStart(3, "0")}`, BigInt(x)]])));

describe("RowSpace", () => {
  it("a district minus its published units gives the hidden unit; without the district row it does not", () => {
    // columns: unit A, unit B, unit C; rows: district (A+B+C), unit A, unit B
    const s = new RowSpace(3, PRIMES[0], 3);
    s.add(vec([1, 1, 1]), 0);
    s.add(vec([1, 0, 0]), 1);
    s.add(vec([0, 1, 0]), 2);
    expect(s.rank).toBe(3);
    expect(s.express(vec([0, 0, 1]))?.sort()).toEqual([0, 1, 2]);
    const t = new RowSpace(3);
    t.add(vec([1, 0, 0]));
    t.add(vec([0, 1, 0]));
    expect(t.contains(vec([0, 0, 1]))).toBe(false);
    expect(t.contains(vec([2, -3, 0]))).toBe(true);
  });

  it("a period minus the period implied by a change table: P = b + o, Q = b', Δ = b' − b ⇒ o = P − Q + Δ", () => {
    const s = new RowSpace(3, PRIMES[1], 3); // columns: b (both, earlier), o (once), b' (both, later)
    s.add(vec([1, 1, 0]), 0);
    s.add(vec([0, 0, 1]), 1);
    s.add(vec([-1, 0, 1]), 2);
    expect(s.express(vec([0, 1, 0]))?.sort()).toEqual([0, 1, 2]);
    const noQ = new RowSpace(3);
    noQ.add(vec([1, 1, 0]));
    noQ.add(vec([-1, 0, 1]));
    expect(noQ.contains(vec([0, 1, 0]))).toBe(false);
  });

  it(`random 0/±1 matrices: rank and membership agree with exact rational elimination for both primes (seed ${SEED})`, () => {
    const row = (n: number) => fc.array(fc.constantFrom(-1, 0, 0, 1), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(fc.constant(n), fc.array(row(n), { maxLength: 12 }), fc.array(row(n), { minLength: 1, maxLength: 6 }))), ([n, rows, targets]) => {
        const e = new ExactSpan();
        const spaces = PRIMES.map((p) => new RowSpace(n, p, rows.length));
        rows.forEach((r, i) => {
          e.add(exact(r));
          for (const s of spaces) s.add(vec(r), i);
        });
        for (const s of spaces) expect(s.rank).toBe(e.rank);
        const combos = rows.length > 1 ? [rows[0].map((x, i) => x - 2 * rows[1][i])] : [];
        for (const t of [...targets, ...combos]) {
          const inSpan = e.contains(exact(t));
          for (const s of spaces) {
            const used = s.express(vec(t));
            expect(used !== null).toBe(inSpan);
            if (used === null || t.every((x) => x === 0)) continue;
            const sub = new ExactSpan(); // the named rows alone must already give the target
            for (const i of used) sub.add(exact(rows[i]));
            expect(sub.contains(exact(t))).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

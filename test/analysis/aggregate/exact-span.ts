// Exact row space over the rationals (fraction-free elimination with BigInt), independent of the engine's modular arithmetic.

/** Sparse integer vector: variable name → coefficient. */
export type Vec = Map<string, bigint>;

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

/** Divides by the gcd of the entries (keeps numbers small; does not change the span). */
function primitive(v: Vec): Vec {
  let g = 0n;
  for (const x of v.values()) g = gcd(g, x);
  if (g > 1n) for (const [k, x] of v) v.set(k, x / g);
  return v;
}

/**
 * Echelon basis over Q: every stored row has a pivot variable that no later row contains. Integer rows
 * combined as a·row − b·pivotRow stay integers, so every answer is exact (no rounding, no prime).
 */
export class ExactSpan {
  private readonly rows: { pivot: string; vec: Vec }[] = [];

  private reduce(input: Vec): Vec {
    let v = new Map(input);
    for (const { pivot, vec } of this.rows) {
      const a = v.get(pivot);
      if (a === undefined || a === 0n) continue;
      const b = vec.get(pivot) as bigint;
      const next: Vec = new Map();
      for (const [k, x] of v) next.set(k, x * b);
      for (const [k, y] of vec) next.set(k, (next.get(k) ?? 0n) - a * y);
      for (const [k, x] of next) if (x === 0n) next.delete(k);
      v = primitive(next);
    }
    return v;
  }

  add(row: Vec): void {
    const v = this.reduce(row);
    if (v.size === 0) return;
    const pivot = [...v.keys()].sort()[0];
    this.rows.push({ pivot, vec: v });
  }

  get rank(): number {
    return this.rows.length;
  }

  /** True when the vector is a rational combination of the added rows. */
  contains(target: Vec): boolean {
    return this.reduce(target).size === 0;
  }
}

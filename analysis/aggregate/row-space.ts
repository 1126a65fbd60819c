// Row space of integer vectors modulo a prime, in row echelon form: is a vector determined by the released rows, and by which.

/**
 * Primes just below 2^26: the product of two residues stays below 2^53, so Number arithmetic is exact.
 * A rank computed modulo p equals the rational rank unless p divides a particular non-zero minor of the
 * matrix; the release engine asks both primes and treats a vector as determined when either says so.
 */
export const PRIMES = [67_108_859, 67_108_837] as const;

/** Sparse integer vector over columns 0…n−1: [column, coefficient] pairs. */
export type Terms = Iterable<readonly [number, number]>;

/** Multiplicative inverse of a modulo p (extended Euclid); a is a non-zero residue. */
function inverse(a: number, p: number): number {
  let [t, nextT, r, nextR] = [0, 1, p, a];
  while (nextR !== 0) {
    const q = Math.floor(r / nextR);
    [t, nextT] = [nextT, t - q * nextT];
    [r, nextR] = [nextR, r - q * nextR];
  }
  return t < 0 ? t + p : t;
}

const residue = (x: number, p: number): number => ((x % p) + p) % p;

interface Pivot {
  /** Columns (ascending, the first is the pivot, normalised to 1) and their coefficients. */
  cols: Int32Array;
  vals: Float64Array;
  /** How the row is made of the added rows with a source id (dense over source ids), when tracked. */
  from: Float64Array | null;
}

/**
 * Span of the rows added so far over GF(p), by Gaussian elimination: each stored row starts at its own
 * pivot column, and a vector is reduced by scanning its columns in ascending order and subtracting the
 * pivot row of every non-zero pivot column. The vector is in the span exactly when nothing remains.
 * With `sources` > 0 every row records how it combines the added rows, for `express`.
 */
export class RowSpace {
  private readonly pivots: (Pivot | undefined)[];
  private readonly scratch: Float64Array;
  private readonly fromScratch: Float64Array | null;
  private count = 0;

  constructor(readonly columns: number, readonly prime: number = PRIMES[0], readonly sources = 0) {
    this.pivots = new Array(columns);
    this.scratch = new Float64Array(columns);
    this.fromScratch = sources > 0 ? new Float64Array(sources) : null;
  }

  get rank(): number {
    return this.count;
  }

  /** Loads `terms` into the scratch vector and reduces it; returns its lowest non-zero column (−1: zero). */
  private reduce(terms: Terms, source: number | undefined): number {
    const p = this.prime;
    const v = this.scratch;
    const from = this.fromScratch;
    v.fill(0);
    from?.fill(0);
    if (from && source !== undefined) from[source] = 1;
    let lo = this.columns;
    for (const [col, c] of terms) {
      v[col] = residue(v[col] + c, p);
      if (col < lo) lo = col;
    }
    let lead = -1;
    for (let col = lo; col < this.columns; col++) {
      const c = v[col];
      if (c === 0) continue;
      const pivot = this.pivots[col];
      if (!pivot) {
        if (lead < 0) lead = col;
        continue;
      }
      for (let k = 0; k < pivot.cols.length; k++) {
        const j = pivot.cols[k];
        v[j] = (v[j] - ((c * pivot.vals[k]) % p) + p) % p;
      }
      if (from && pivot.from) for (let s = 0; s < from.length; s++) if (pivot.from[s] !== 0) from[s] = (from[s] - ((c * pivot.from[s]) % p) + p) % p;
    }
    return lead;
  }

  /** Adds a row; `source` (0 … sources−1) names it in `express` answers. Returns true when the row raised the rank. */
  add(terms: Terms, source?: number): boolean {
    const lead = this.reduce(terms, source);
    if (lead < 0) return false;
    const p = this.prime;
    const inv = inverse(this.scratch[lead], p);
    const cols: number[] = [];
    const vals: number[] = [];
    for (let col = lead; col < this.columns; col++) {
      if (this.scratch[col] === 0) continue;
      cols.push(col);
      vals.push((this.scratch[col] * inv) % p);
    }
    const from = this.fromScratch ? Float64Array.from(this.fromScratch, (x) => (x * inv) % p) : null;
    this.pivots[lead] = { cols: Int32Array.from(cols), vals: Float64Array.from(vals), from };
    this.count++;
    return true;
  }

  /** True when the vector is a combination of the added rows. */
  contains(terms: Terms): boolean {
    return this.reduce(terms, undefined) < 0;
  }

  /**
   * Null when the vector is not in the span; else the source ids with a non-zero weight in one way of
   * writing it as a combination of the added rows (rows added without a source are left out).
   */
  express(terms: Terms): number[] | null {
    if (this.reduce(terms, undefined) >= 0) return null;
    const from = this.fromScratch;
    if (!from) return [];
    const out: number[] = [];
    for (let s = 0; s < from.length; s++) if (from[s] !== 0) out.push(s);
    return out;
  }
}

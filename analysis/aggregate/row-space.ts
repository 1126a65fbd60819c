// Row space of integer vectors modulo a prime, in row echelon form: is a vector determined by the released rows, and by which.

/**
 * Primes just below 2^26: the product of two residues stays below 2^53, so Number arithmetic is exact.
 * A rank computed modulo p equals the rational rank unless p divides a particular non-zero minor of the
 * matrix; the release engine asks both primes and treats a vector as determined when either says so.
 */
export const PRIMES = [67_108_859, 67_108_837] as const;

/** Sparse integer vector over columns 0…n−1 (a column may repeat; its coefficients add up). */
export interface Vector {
  cols: ArrayLike<number>;
  coefs: ArrayLike<number>;
}

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
  cols: number[];
  vals: number[];
  /** How the row is made of the added rows with a source id (sources and weights), when tracked. */
  fromIds: number[] | null;
  fromVals: number[] | null;
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
  private lo = 0;
  private hi = -1;

  constructor(readonly columns: number, readonly prime: number = PRIMES[0], readonly sources = 0) {
    this.pivots = new Array(columns);
    this.scratch = new Float64Array(columns);
    this.fromScratch = sources > 0 ? new Float64Array(sources) : null;
  }

  get rank(): number {
    return this.count;
  }

  /**
   * Loads `terms` into the scratch vector and reduces it; returns its lowest non-zero column (−1: zero).
   * Only columns lo…hi are touched, and `this.hi` is left at the highest one.
   */
  private reduce(terms: Vector, source: number | undefined): number {
    const p = this.prime;
    const v = this.scratch;
    const from = this.fromScratch;
    from?.fill(0);
    if (from && source !== undefined) from[source] = 1;
    let lo = this.columns;
    let hi = -1;
    for (let k = 0; k < terms.cols.length; k++) {
      const col = terms.cols[k];
      v[col] = residue(v[col] + terms.coefs[k], p);
      if (col < lo) lo = col;
      if (col > hi) hi = col;
    }
    this.lo = lo;
    let lead = -1;
    for (let col = lo; col <= hi; col++) {
      const c = v[col];
      if (c === 0) continue;
      const pivot = this.pivots[col];
      if (!pivot) {
        if (lead < 0) lead = col;
        continue;
      }
      const last = pivot.cols[pivot.cols.length - 1];
      if (last > hi) hi = last;
      for (let k = 0; k < pivot.cols.length; k++) {
        const j = pivot.cols[k];
        v[j] = (v[j] - ((c * pivot.vals[k]) % p) + p) % p;
      }
      if (from && pivot.fromIds && pivot.fromVals) {
        for (let k = 0; k < pivot.fromIds.length; k++) {
          const id = pivot.fromIds[k];
          from[id] = (from[id] - ((c * pivot.fromVals[k]) % p) + p) % p;
        }
      }
    }
    this.hi = hi;
    return lead;
  }

  /** Zeroes the scratch columns the last `reduce` touched. */
  private clear(): void {
    if (this.hi >= this.lo) this.scratch.fill(0, this.lo, this.hi + 1);
  }

  /** Adds a row; `source` (0 … sources−1) names it in `express` answers. Returns true when the row raised the rank. */
  add(terms: Vector, source?: number): boolean {
    const lead = this.reduce(terms, source);
    if (lead < 0) {
      this.clear();
      return false;
    }
    const p = this.prime;
    const inv = inverse(this.scratch[lead], p);
    const cols: number[] = [];
    const vals: number[] = [];
    for (let col = lead; col <= this.hi; col++) {
      if (this.scratch[col] === 0) continue;
      cols.push(col);
      vals.push((this.scratch[col] * inv) % p);
    }
    this.clear();
    let fromIds: number[] | null = null;
    let fromVals: number[] | null = null;
    const from = this.fromScratch;
    if (from) {
      const ids: number[] = [];
      const weights: number[] = [];
      for (let id = 0; id < from.length; id++) {
        if (from[id] === 0) continue;
        ids.push(id);
        weights.push((from[id] * inv) % p);
      }
      fromIds = ids;
      fromVals = weights;
    }
    this.pivots[lead] = { cols, vals, fromIds, fromVals };
    this.count++;
    return true;
  }

  /**
   * A basis of the span's vectors that are zero on every column below `col`: the stored rows that
   * start at `col` or later (rows start at their pivot, and a combination's lowest pivot stays non-zero).
   */
  rowsFrom(col: number): Vector[] {
    const out: Vector[] = [];
    for (let c = col; c < this.columns; c++) {
      const pivot = this.pivots[c];
      if (pivot) out.push({ cols: pivot.cols, coefs: pivot.vals });
    }
    return out;
  }

  /** True when the vector is a combination of the added rows. */
  contains(terms: Vector): boolean {
    const lead = this.reduce(terms, undefined);
    this.clear();
    return lead < 0;
  }

  /**
   * Null when the vector is not in the span; else the source ids with a non-zero weight in one way of
   * writing it as a combination of the added rows (rows added without a source are left out).
   */
  express(terms: Vector): number[] | null {
    const lead = this.reduce(terms, undefined);
    this.clear();
    if (lead >= 0) return null;
    const from = this.fromScratch;
    if (!from) return [];
    const out: number[] = [];
    for (let s = 0; s < from.length; s++) if (from[s] !== 0) out.push(s);
    return out;
  }
}

/**
 * The same span in reduced row echelon form (Gauss–Jordan over GF(p)): every row is 1 at its pivot and
 * 0 at every other row's pivot, which tends to leave each row with few columns.
 */
export function reducedRows(rows: Vector[], columns: number, prime: number): Vector[] {
  const space = new RowSpace(columns, prime);
  for (const r of rows) space.add(r);
  const basis = space.rowsFrom(0).map((r) => new Map(Array.from(r.cols, (c, k) => [c, r.coefs[k]])));
  const lead = basis.map((r) => Math.min(...r.keys()));
  for (let i = basis.length - 1; i >= 0; i--) {
    for (let j = 0; j < i; j++) {
      const c = basis[j].get(lead[i]);
      if (c === undefined) continue;
      for (const [col, v] of basis[i]) {
        const next = ((basis[j].get(col) ?? 0) - ((c * v) % prime) + prime) % prime;
        if (next === 0) basis[j].delete(col);
        else basis[j].set(col, next);
      }
    }
  }
  return basis.map((r) => ({ cols: [...r.keys()], coefs: [...r.values()] }));
}

// Determined combinations of fewer than minCases contributions: searched in the span's part that lies on small classes only.
import type { Classes } from "./classes.ts";
import { reducedRows, type RowSpace, type Vector } from "./row-space.ts";

/** Subsets tried per block before the search gives up and reports the block's basis (more is hidden then). */
const BUDGET = 20_000;

/**
 * A non-zero y with y·rows = 0 (dense rows modulo p), or null when the rows are independent: Gaussian
 * elimination on the rows, each carrying the combination of the original rows it is.
 */
function leftNull(rows: number[][], p: number): number[] | null {
  const d = rows.length;
  const m = rows.map((r, i) => [...r, ...Array.from({ length: d }, (_, j) => (i === j ? 1 : 0))]);
  const width = rows[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < d; c++) {
    const k = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (k < 0) continue;
    [m[r], m[k]] = [m[k], m[r]];
    for (let i = r + 1; i < d; i++) {
      if (m[i][c] === 0) continue;
      // row_i := row_i·pivot − row_r·row_i[c] (entries stay residues)
      const [a, b] = [m[r][c], m[i][c]];
      for (let j = c; j < m[i].length; j++) m[i][j] = (((m[i][j] * a) % p) - ((m[r][j] * b) % p) + p) % p;
    }
    r++;
  }
  return r < d ? m[d - 1].slice(width) : null;
}

/** Groups basis vectors that share a column: the span is the direct sum of the groups' spans. */
function blocks(basis: Vector[]): Vector[][] {
  const owner = new Map<number, number>();
  const parent = basis.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  basis.forEach((v, i) => {
    for (const c of Array.from(v.cols)) {
      const j = owner.get(c);
      if (j === undefined) owner.set(c, i);
      else parent[find(i)] = find(j);
    }
  });
  const out = new Map<number, Vector[]>();
  basis.forEach((v, i) => out.set(find(i), [...(out.get(find(i)) ?? []), v]));
  return [...out.values()];
}

/**
 * Vectors of the span that lie on small classes and involve fewer than `minCases` contributions in
 * all (the sizes of the classes they touch), e.g. "the case measured only once minus the case that
 * joined" from a period, the next period and their change. Method: W = span ∩ {vectors on small
 * classes} has as basis the rows that start among the small classes; it splits into blocks of basis
 * vectors with disjoint columns, and a light vector lies in one block. In a block with basis B, some
 * non-zero vector lives on the column set S exactly when rank(B without S's columns) < rank(B); every S
 * of total size below minCases is tried (beyond BUDGET subsets the block's basis is reported instead).
 * Returns, per block, one light vector of the span (callers only need some combination to blame).
 */
export function lightCombinations(space: RowSpace, classes: Classes, minCases: number): Vector[] {
  const start = space.rowsFrom(classes.big + 1);
  if (start.length === 0) return [];
  const p = space.prime;
  const out: Vector[] = [];
  for (const block of blocks(reducedRows(start, classes.count + 1, p))) {
    const cols = [...new Set(block.flatMap((v) => Array.from(v.cols)))].sort((a, b) => a - b);
    const dense = block.map((v) => {
      const row = new Array<number>(cols.length).fill(0);
      Array.from(v.cols).forEach((c, k) => (row[cols.indexOf(c)] = Number(v.coefs[k])));
      return row;
    });
    let tried = 0;
    let found: number[] | null = null;
    const search = (from: number, chosen: number[], weight: number): void => {
      if (found || tried > BUDGET) return;
      if (chosen.length > 0) {
        tried++;
        const y = leftNull(dense.map((row) => row.filter((_, j) => !chosen.includes(j))), p);
        if (y) {
          found = dense[0].map((_, j) => y.reduce((sum, yi, i) => (sum + yi * dense[i][j]) % p, 0));
          return;
        }
      }
      for (let j = from; j < cols.length; j++) {
        const w = weight + classes.size[cols[j]];
        if (w < minCases) search(j + 1, [...chosen, j], w);
      }
    };
    search(0, [], 0);
    if (tried > BUDGET) out.push(...block);
    else if (found) {
      const w = found as number[];
      const on = cols.filter((_, j) => w[j] !== 0);
      out.push({ cols: on, coefs: w.filter((x) => x !== 0) });
    }
  }
  return out;
}

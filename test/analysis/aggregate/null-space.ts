// Exact null space of released equations (BigInt Gauss–Jordan): which variables, or pairs of them, the equations pin down.
import type { Vec } from "./exact-span.ts";

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

/**
 * For each variable, its column in a basis of the null space {z : every row · z = 0}, as a canonical
 * string (divided by the gcd, first non-zero entry positive). A linear combination Σ a_v x_v is
 * determined by the rows exactly when Σ a_v·column_v = 0; so a variable is determined when its column
 * is zero, and x_a − c·x_b is determined for some c when the columns of a and b are parallel.
 */
export function nullColumns(rows: Vec[], variables: string[]): Map<string, string> {
  const index = new Map(variables.map((v, i) => [v, i]));
  const n = variables.length;
  const m: bigint[][] = rows.map((r) => {
    const a = new Array<bigint>(n).fill(0n);
    for (const [k, x] of r) if (index.has(k)) a[index.get(k) as number] += x;
    return a;
  });
  const pivots: [number, number][] = []; // [row, column]
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i][c] === 0n) continue;
      const [a, b] = [m[r][c], m[i][c]];
      let g = 0n;
      for (let j = 0; j < n; j++) {
        m[i][j] = m[i][j] * a - m[r][j] * b;
        g = gcd(g, m[i][j]);
      }
      if (g > 1n) for (let j = 0; j < n; j++) m[i][j] /= g;
    }
    pivots.push([r, c]);
    r++;
  }
  const pivotCols = new Set(pivots.map(([, c]) => c));
  const free = [...Array(n).keys()].filter((c) => !pivotCols.has(c));
  // Basis vector for free column f: z_f = L, z_pivot(row) = −m[row][f]·L / m[row][pivot], other free 0.
  const lcm = pivots.reduce((l, [row, c]) => (l * abs(m[row][c])) / gcd(l, abs(m[row][c])), 1n);
  const column = (v: number): bigint[] => {
    if (!pivotCols.has(v)) return free.map((f) => (f === v ? lcm : 0n));
    const [row] = pivots.find(([, c]) => c === v) as [number, number];
    return free.map((f) => (-m[row][f] * lcm) / m[row][v]);
  };
  const out = new Map<string, string>();
  variables.forEach((name, v) => {
    const col = column(v);
    let g = 0n;
    for (const x of col) g = gcd(g, x);
    if (g === 0n) return out.set(name, "0");
    const first = col.find((x) => x !== 0n) as bigint;
    const sign = first < 0n ? -1n : 1n;
    out.set(name, col.map((x) => String((x / g) * sign)).join(","));
  });
  return out;
}

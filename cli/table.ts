// Plain-text rendering of analysis results and round comparisons for `--format table`.
import type { AnalysisResult, RoundComparison } from "../analysis/types.ts";
import { toMatrix } from "../analysis/matrix.ts";

const fmt = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? "–" : v.toFixed(digits));
const signed = (v: number | null): string => (v === null ? "–" : (v > 0 ? "+" : "") + v.toFixed(2));

/** Pad cells into aligned columns (first column left, the rest right-aligned). */
function grid(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => [...(r[j] ?? "")].length)));
  return rows.map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
}

/** Matrix (rows rate columns) with weak cells marked `*`, then weak links, asymmetries and the summary. */
export function resultTable(result: AnalysisResult): string {
  const { labels, rows } = toMatrix(result);
  const weak = new Set(result.weakLinks.map((w) => `${w.source}\u0000${w.target}`));
  const responded = new Map(result.nodes.map((n) => [n.id, n.responded]));
  const out: string[] = [];
  if (result.case !== undefined) out.push(`Case ${result.case}, round ${result.round}`);
  out.push(`Rows rate columns; * = weak (≤ ${result.threshold}); blank row = no answers.`, "");
  const header = ["rater\\rated", ...labels];
  const body = labels.map((label, i) => [
    responded.get(label) ? label : `${label} (no answers)`,
    ...rows[i].map((v, j) => (i === j && v === null ? "· " : v === null ? "" : `${fmt(v)}${weak.has(`${label}\u0000${labels[j]}`) ? "*" : " "}`)),
  ]);
  out.push(...grid([header.map((h, j) => (j === 0 ? h : `${h} `)), ...body]), "");
  out.push(`Weak links (${result.weakLinks.length}):`);
  for (const w of result.weakLinks) out.push(`  ${w.source} → ${w.target}  ${fmt(w.score)}`);
  if (result.asymmetries.length > 0) {
    out.push("", `Asymmetries (${result.asymmetries.length}):`);
    for (const a of result.asymmetries) out.push(`  ${a.a} → ${a.b} ${fmt(a.ab)}, ${a.b} → ${a.a} ${fmt(a.ba)}  (gap ${fmt(a.gap)})`);
  }
  const s = result.summary;
  out.push(
    "",
    `Nodes ${s.nodes}, raters ${s.raters}, response rate ${fmt(s.responseRate * 100, 0)} %, mean score ${fmt(s.meanScore)}, ` +
      `weak share ${fmt(s.weakShare === null ? null : s.weakShare * 100, 0)} %, reciprocity ${fmt(s.reciprocity)}, alpha ${fmt(s.alpha)}`,
  );
  return out.join("\n") + "\n";
}

/** Summary changes, weak links closed and opened, then every pair's change. */
export function comparisonTable(c: RoundComparison): string {
  const s = c.summary;
  const out = [
    `Mean score ${fmt(s.before.meanScore)} → ${fmt(s.after.meanScore)} (${signed(s.meanScore)}), ` +
      `weak share ${fmt(s.before.weakShare)} → ${fmt(s.after.weakShare)} (${signed(s.weakShare)}), ` +
      `reciprocity ${fmt(s.before.reciprocity)} → ${fmt(s.after.reciprocity)} (${signed(s.reciprocity)})`,
    "",
    `Weak links closed (${c.weakClosed.length}):`,
    ...c.weakClosed.map((w) => `  ${w.source} → ${w.target}  ${fmt(w.before)} → ${fmt(w.after)}`),
    `Weak links opened (${c.weakOpened.length}):`,
    ...c.weakOpened.map((w) => `  ${w.source} → ${w.target}  ${fmt(w.before)} → ${fmt(w.after)}`),
    "",
  ];
  out.push(...grid([["pair", "before", "after", "change"], ...c.pairs.map((p) => [`${p.source} → ${p.target}`, fmt(p.before), fmt(p.after), signed(p.change)])]));
  return out.join("\n") + "\n";
}

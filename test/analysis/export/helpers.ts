// Test fixtures for the exports: seed-case results, a hand-made result with awkward labels, and tiny independent readers.
import { SEED_DIR } from "../../seeds.ts";
import { readFileSync } from "node:fs";
import { analyze } from "../../../analysis/analyze.ts";
import { parseMatrixCsv } from "../../../analysis/csv/matrix.ts";
import { matrixToInput } from "../../../analysis/matrix.ts";
import type { ExportMeta } from "../../../analysis/export/types.ts";
import type { AnalysisEdge, AnalysisNode, AnalysisResult } from "../../../analysis/types.ts";

export { SEED_DIR };

export function seedResult(n: 1 | 2 | 3): AnalysisResult {
  const file = `${SEED_DIR}/case-${n}.csv`;
  return analyze(matrixToInput(parseMatrixCsv(readFileSync(file, "utf8"), file)));
}

export function metaFor(caseCode: string, threshold = 3.5): ExportMeta {
  return {
    instrument: { id: "rc7", version: "1.0.0" },
    round: { id: "r1", name: "Høst 2025" },
    case: { code: caseCode, district: "Østbyen" },
    threshold,
    dimension: "all",
    generatedAt: "2025-10-01T12:00:00.000Z",
  };
}

const node = (id: string, label: string, role: string, responded = true): AnalysisNode => ({
  id, label, role, responded, outMean: responded ? 3 : null, inMean: 3.25, weakOut: 1, weakIn: 0, betweenness: 0.5,
});
const edge = (source: string, target: string, score: number, n = 7): AnalysisEdge => ({
  source, target, score, n, weak: score <= 3.5, band: score <= 3.5 ? "weak" : score <= 4 ? "moderate" : "strong",
});

/** Labels with æ ø å, spaces, quotes, separators and XML specials; one non-responder. */
export function awkwardResult(): AnalysisResult {
  const nodes = [
    node("ØBC", "ØBC", "ØBC"), node("FORÆ", "FORÆ", "FORÆ"), node("SKLær", "SKLær \"Åse\", 2b", "SKLær"),
    node("Rå<&>", "Rådgiver & co; <x>", "PPT"), node("TALE", "TALE", "TALE", false),
  ];
  const edges = [
    edge("ØBC", "FORÆ", 1.8333333333333333), edge("FORÆ", "ØBC", 4.2), edge("SKLær", "ØBC", 5, 3),
    edge("Rå<&>", "SKLær", 3.5), edge("ØBC", "TALE", 2.25), edge("SKLær", "Rå<&>", 4),
  ];
  const weakLinks = edges.filter((e) => e.weak).map(({ source, target, score }) => ({ source, target, score }))
    .sort((a, b) => a.score - b.score);
  return {
    threshold: 3.5, nodes, edges, weakLinks, asymmetries: [],
    summary: { nodes: 5, raters: 4, responseRate: 0.8, meanScore: 3.4641, weakShare: 0.5, reciprocity: null, alpha: null },
  };
}

export const text = (body: string | Uint8Array): string =>
  typeof body === "string" ? body : new TextDecoder().decode(body);

/** Expected score matrix keyed by "source→target". */
export const edgeMap = (r: AnalysisResult): Map<string, number> =>
  new Map(r.edges.map((e) => [`${e.source}→${e.target}`, e.score]));

/** Tokenises a DL/Pajek line: whitespace/comma separated, double-quoted tokens kept whole. */
export function tokens(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|([^\s,]+)/g)].map((m) => m[1] ?? m[2]);
}

/** Minimal Pajek .net reader: comments, *Vertices, *Arcs. */
export function readPajek(body: string): { comments: string[]; labels: string[]; arcs: [number, number, number][] } {
  const lines = body.split("\n").filter((l) => l.trim() !== "");
  const comments = lines.filter((l) => l.startsWith("%")).map((l) => l.slice(1).trim());
  const v = lines.findIndex((l) => /^\*vertices/i.test(l));
  const count = Number(lines[v].split(/\s+/)[1]);
  const labels = lines.slice(v + 1, v + 1 + count).map((l, i) => {
    const [id, label] = tokens(l);
    if (Number(id) !== i + 1) throw new Error(`vertex ${id}`);
    return label;
  });
  if (!/^\*arcs/i.test(lines[v + 1 + count])) throw new Error("no *Arcs");
  const arcs = lines.slice(v + 2 + count).map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  return { comments, labels, arcs };
}

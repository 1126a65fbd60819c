// `pajek` export: Pajek .net with quoted vertex labels and weighted *Arcs; provenance in `%` comments.
import type { AnalysisResult } from "../types.ts";
import { uniqueNames } from "./matrix.ts";
import { metaEntries } from "./meta.ts";
import { formatNumber } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** A Pajek vertex label in double quotes; Pajek has no escape, so `"` becomes `'` and line breaks spaces. */
export function pajekLabel(name: string): string {
  return `"${name.replace(/"/g, "'").replace(/[\r\n]+/g, " ")}"`;
}

/**
 * Pajek network (Pajek manual, "Network .net"): `%` comment lines with the metadata, `*Vertices N`,
 * `i "label"` numbered from 1 in node order, `*Arcs` with `from to weight` (weight = pair score,
 * rows rate columns). UTF-8 without BOM (Pajek ≥ 3 and NetworkX read it; a BOM would hide `*Vertices`).
 */
export function exportPajek(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const index = new Map(result.nodes.map((n, i) => [n.id, i + 1]));
  const names = uniqueNames(result.nodes);
  const lines = [
    ...metaEntries(meta).map(([k, v]) => `% ${k}: ${v.replace(/[\r\n]+/g, " ")}`),
    `*Vertices ${result.nodes.length}`,
    ...names.map((name, i) => `${i + 1} ${pajekLabel(name)}`),
    `*Arcs`,
    ...result.edges.map((e) => `${index.get(e.source)} ${index.get(e.target)} ${formatNumber(e.score)}`),
  ];
  return { body: lines.join("\n") + "\n", mime: "text/plain; charset=utf-8", extension: "net" };
}

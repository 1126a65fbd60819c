// `pajek` export: Pajek .net with quoted vertex labels and weighted *Arcs; provenance in `%` comments.
import type { AnalysisResult } from "../types.ts";
import { distinctNames, uniqueNames } from "./matrix.ts";
import { metaEntries } from "./meta.ts";
import { formatNumber } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** Text on one Pajek line: every line break, control or invisible character becomes a space. */
const oneLine = (text: string) => text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, " ");

/**
 * Pajek vertex labels in double quotes, one per name. Pajek has no escape, so `"` becomes `'`, and `\`
 * (an escape for readers that split lines like a shell, NetworkX among them) becomes `/`; a label stays
 * on its line, and labels made equal by this are numbered so every vertex keeps its own.
 */
export function pajekLabels(names: string[]): string[] {
  return distinctNames(names, (name) => oneLine(name).replace(/"/g, "'").replace(/\\/g, "/")).map((l) => `"${l}"`);
}

/**
 * Pajek network (Pajek manual, "Network .net"): `%` comment lines with the metadata, `*Vertices N`,
 * `i "label"` numbered from 1 in node order, `*Arcs` with `from to weight` (weight = pair score,
 * rows rate columns). UTF-8 without BOM (Pajek ≥ 3 and NetworkX read it; a BOM would hide `*Vertices`).
 */
export function exportPajek(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const index = new Map(result.nodes.map((n, i) => [n.id, i + 1]));
  const labels = pajekLabels(uniqueNames(result.nodes));
  const lines = [
    ...metaEntries(meta).map(([k, v]) => `% ${k}: ${oneLine(v)}`),
    `*Vertices ${result.nodes.length}`,
    ...labels.map((label, i) => `${i + 1} ${label}`),
    `*Arcs`,
    ...result.edges.map((e) => `${index.get(e.source)} ${index.get(e.target)} ${formatNumber(e.score)}`),
  ];
  return { body: lines.join("\n") + "\n", mime: "text/plain; charset=utf-8", extension: "net" };
}

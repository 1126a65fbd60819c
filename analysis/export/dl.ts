// `dl` export: UCINET DL edge list (`edgelist1`) with embedded labels and the score as the edge value.
import type { AnalysisResult } from "../types.ts";
import { distinctNames, uniqueNames } from "./matrix.ts";
import { formatNumber } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

/** What DL readers take as a number in an edge list (igraph's lexer): such a label would be read as a vertex number. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * One DL label per name, as one token every DL reader agrees on: whitespace, separators (`,` `;` `=`
 * `:`), quotes and any control or invisible character become `_` (DL has no quoting that igraph
 * reads, and a line break would end the line), a label that looks like a number gets a leading `_`,
 * and labels made equal by this get `_2`, `_3` … so every vertex keeps its own label.
 */
export function dlLabels(names: string[]): string[] {
  return distinctNames(names, (name) => {
    const base = name.replace(/[\s,;=:"\p{C}\p{Z}]/gu, "_") || "_";
    return NUMBER.test(base) ? `_${base}` : base;
  }, (base, k) => `${base}_${k}`);
}

/**
 * UCINET DL (UCINET 6 help, "DL language"; the grammar igraph's `read_graph_dl` implements):
 * `dl n=N`, `format = edgelist1`, `labels:` with every node in node order (so members nobody rated
 * keep their place), `labels embedded:`, `data:`, then one line `rater target score` per scored pair
 * (rows rate columns). A missing score is simply no line, so no missing-value code is needed. DL has
 * no comment syntax, so provenance travels in the file name (`exportFileName`). UCINET shortens
 * labels to 18 characters and upper-cases them on import.
 */
export function exportDl(result: AnalysisResult, _meta: ExportMeta): ExportFile {
  const labels = dlLabels(uniqueNames(result.nodes));
  const label = new Map(result.nodes.map((n, i) => [n.id, labels[i]]));
  const lines = [
    `dl n=${result.nodes.length}`,
    `format = edgelist1`,
    `labels:`,
    labels.join(","),
    `labels embedded:`,
    `data:`,
    ...result.edges.map((e) => `${label.get(e.source)} ${label.get(e.target)} ${formatNumber(e.score)}`),
  ];
  return { body: lines.join("\n") + "\n", mime: "text/plain; charset=utf-8", extension: "dl" };
}

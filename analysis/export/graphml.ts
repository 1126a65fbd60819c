// `graphml` export: directed GraphML with typed node (role, label, metrics) and edge (weight, n, weak) keys.
import type { AnalysisResult } from "../types.ts";
import { metaEntries } from "./meta.ts";
import { xmlEscape } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

type KeyType = "string" | "double" | "int" | "boolean";
interface Key { id: string; for: "graph" | "node" | "edge"; name: string; type: KeyType }

const NODE_KEYS: Key[] = [
  ["role", "string"], ["label", "string"], ["responded", "boolean"], ["outMean", "double"], ["inMean", "double"],
  ["weakOut", "int"], ["weakIn", "int"], ["betweenness", "double"],
].map(([name, type]) => ({ id: `n_${name}`, for: "node", name, type: type as KeyType }));

const EDGE_KEYS: Key[] = [["weight", "double"], ["n", "int"], ["weak", "boolean"], ["band", "string"]]
  .map(([name, type]) => ({ id: `e_${name}`, for: "edge", name, type: type as KeyType }));

function data(key: string, value: unknown): string {
  return value === null || value === undefined ? "" : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/specification.html): `<key>` declarations with
 * `attr.name`/`attr.type`, graph-level data for the provenance metadata, node ids = analysis node ids,
 * edge `weight` = pair score. A null metric is left out (no `<data>`), as GraphML means "missing".
 */
export function exportGraphml(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const entries = metaEntries(meta);
  const graphKeys: Key[] = entries.map(([name]) => ({ id: `g_${name}`, for: "graph", name, type: name === "threshold" ? "double" : "string" }));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...[...graphKeys, ...NODE_KEYS, ...EDGE_KEYS].map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="laget" edgedefault="directed">`,
    ...entries.map(([name, value]) => `    ${data(`g_${name}`, value)}`),
    ...result.nodes.map((n) => {
      const values = NODE_KEYS.map((k) => data(k.id, n[k.name as keyof typeof n])).join("");
      return `    <node id="${xmlEscape(n.id)}">${values}</node>`;
    }),
    ...result.edges.map((e, i) => {
      const values = data("e_weight", e.score) + data("e_n", e.n) + data("e_weak", e.weak) + data("e_band", e.band);
      return `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${values}</edge>`;
    }),
    `  </graph>`,
    `</graphml>`,
  ];
  return { body: lines.join("\n") + "\n", mime: "application/graphml+xml; charset=utf-8", extension: "graphml" };
}

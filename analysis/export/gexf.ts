// `gexf` export: GEXF 1.3 directed graph with node attributes (role, metrics) and weighted edges (n, weak).
import type { AnalysisResult } from "../types.ts";
import { metaEntries, metaLine } from "./meta.ts";
import { xmlEscape } from "./text.ts";
import type { ExportFile, ExportMeta } from "./types.ts";

type AttrType = "string" | "double" | "integer" | "boolean";
const NODE_ATTRS: [string, AttrType][] = [
  ["role", "string"], ["responded", "boolean"], ["outMean", "double"], ["inMean", "double"],
  ["weakOut", "integer"], ["weakIn", "integer"], ["betweenness", "double"],
];
const EDGE_ATTRS: [string, AttrType][] = [["n", "integer"], ["weak", "boolean"], ["band", "string"]];

function declare(cls: "node" | "edge", attrs: [string, AttrType][]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...attrs.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    `    </attributes>`,
  ];
}

function attvalues(values: [string, unknown][]): string {
  const present = values.filter(([, v]) => v !== null && v !== undefined);
  return `<attvalues>${present.map(([k, v]) => `<attvalue for="${k}" value="${xmlEscape(String(v))}"/>`).join("")}</attvalues>`;
}

/**
 * GEXF 1.3 (https://gexf.net/schema.html): node `label` is native, the rest are declared attributes;
 * edge `weight` (native) = pair score. Provenance goes in `<meta>`: `keywords` holds `key=value; …`
 * pairs, `description` says the same in words. A null metric is omitted from `<attvalues>`.
 */
export function exportGexf(result: AnalysisResult, meta: ExportMeta): ExportFile {
  const m = Object.fromEntries(metaEntries(meta));
  const description =
    `Laget ${m.dimension} matrix, instrument ${m.instrument} ${m.instrument_version}, round ${m.round || m.round_id}` +
    `${m.case ? `, case ${m.case} (${m.district})` : ""}; weak link = score <= ${m.threshold}`;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${xmlEscape(meta.generatedAt.slice(0, 10))}">`,
    `    <creator>Laget</creator>`,
    `    <keywords>${xmlEscape(metaLine(meta))}</keywords>`,
    `    <description>${xmlEscape(description)}</description>`,
    `  </meta>`,
    `  <graph defaultedgetype="directed" mode="static">`,
    ...declare("node", NODE_ATTRS),
    ...declare("edge", EDGE_ATTRS),
    `    <nodes>`,
    ...result.nodes.map((n) => {
      const values = attvalues(NODE_ATTRS.map(([k]) => [k, n[k as keyof typeof n]]));
      return `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label || n.id)}">${values}</node>`;
    }),
    `    </nodes>`,
    `    <edges>`,
    ...result.edges.map((e, i) => {
      const values = attvalues([["n", e.n], ["weak", e.weak], ["band", e.band]]);
      return `      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.score}">${values}</edge>`;
    }),
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
  ];
  return { body: lines.join("\n") + "\n", mime: "application/gexf+xml; charset=utf-8", extension: "gexf" };
}

// GraphML and GEXF exports parsed with fast-xml-parser: node attributes, edge weight/n/weak, metadata, æøå.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportResult } from "../../../analysis/export/index.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { awkwardResult, metaFor, seedResult, text } from "./helpers.ts";

const xml = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: "@", parseAttributeValue: false, parseTagValue: false,
  isArray: (name) => ["key", "node", "edge", "data", "attribute", "attvalue", "attributes"].includes(name),
});

const asValue = (type: string, v: string): unknown =>
  type === "boolean" ? v === "true" : ["double", "int", "integer"].includes(type) ? Number(v) : v;

type Obj = Record<string, unknown>;
const nodeAttrs = (n: AnalysisResult["nodes"][number]) =>
  Object.fromEntries(Object.entries(n).filter(([k, v]) => k !== "id" && v !== null));

describe.each([["awkward", awkwardResult()], ["seed 1", seedResult(1)], ["seed 3", seedResult(3)]])("graph exports of %s", (_n, result) => {
  it("graphml: well-formed, typed keys, node and edge data equal the result, metadata on the graph", async () => {
    const body = text((await exportResult("graphml", result, metaFor("Sak-Ø1"))).body);
    expect(XMLValidator.validate(body)).toBe(true);
    const doc = xml.parse(body).graphml;
    const keys = new Map((doc.key as Obj[]).map((k) => [k["@id"] as string, { name: k["@attr.name"] as string, type: k["@attr.type"] as string, for: k["@for"] }]));
    const dataOf = (el: Obj) => Object.fromEntries(((el.data ?? []) as Obj[]).map((d) => {
      const k = keys.get(d["@key"] as string)!;
      return [k.name, asValue(k.type, String(d["#text"] ?? ""))];
    }));
    const graph = doc.graph[0] ?? doc.graph;
    expect(graph["@edgedefault"]).toBe("directed");
    expect(dataOf(graph)).toMatchObject({ instrument: "rc7", instrument_version: "1.0.0", round: "Høst 2025", threshold: 3.5, case: "Sak-Ø1" });
    const nodes = graph.node as Obj[];
    expect(nodes.map((n) => n["@id"])).toEqual(result.nodes.map((n) => n.id));
    nodes.forEach((n, i) => expect(dataOf(n)).toEqual(nodeAttrs(result.nodes[i])));
    const edges = graph.edge as Obj[];
    expect(edges.map((e) => ({ source: e["@source"], target: e["@target"], ...dataOf(e) }))).toEqual(
      result.edges.map((e) => ({ source: e.source, target: e.target, weight: e.score, n: e.n, weak: e.weak, band: e.band })),
    );
  });

  it("gexf: well-formed 1.3, directed, native label and weight, declared attributes, metadata in <meta>", async () => {
    const body = text((await exportResult("gexf", result, metaFor("Sak-Ø1"))).body);
    expect(XMLValidator.validate(body)).toBe(true);
    const doc = xml.parse(body).gexf;
    expect(doc["@version"]).toBe("1.3");
    expect(doc["@xmlns"]).toBe("http://gexf.net/1.3");
    expect(doc.meta.keywords).toContain("instrument=rc7; instrument_version=1.0.0; round=Høst 2025");
    expect(doc.meta.keywords).toContain("threshold=3.5");
    expect(doc.meta["@lastmodifieddate"]).toBe("2025-10-01");
    const g = doc.graph;
    expect(g["@defaultedgetype"]).toBe("directed");
    const types = new Map((g.attributes as Obj[]).flatMap((a) => (a.attribute as Obj[]).map((x) => [`${a["@class"]}:${x["@id"]}`, x["@type"] as string])));
    const att = (cls: string, el: Obj) => Object.fromEntries((((el.attvalues as Obj)?.attvalue ?? []) as Obj[])
      .map((a) => [a["@for"], asValue(types.get(`${cls}:${a["@for"]}`)!, a["@value"] as string)]));
    const nodes = g.nodes.node as Obj[];
    nodes.forEach((n, i) => {
      const { label, ...rest } = nodeAttrs(result.nodes[i]);
      expect(n["@id"]).toBe(result.nodes[i].id);
      expect(n["@label"]).toBe(label || result.nodes[i].id);
      expect(att("node", n)).toEqual(rest);
    });
    const edges = g.edges.edge as Obj[];
    expect(edges.map((e) => ({ source: e["@source"], target: e["@target"], weight: Number(e["@weight"]), ...att("edge", e) }))).toEqual(
      result.edges.map((e) => ({ source: e.source, target: e.target, weight: e.score, n: e.n, weak: e.weak, band: e.band })),
    );
  });
});

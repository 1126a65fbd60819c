// UCINET DL, Pajek and JSON exports read back with test-local readers; exportResult's errors and file names.
import { describe, expect, it } from "vitest";
import { exportFileName, exportResult, EXPORT_FORMATS } from "../../../analysis/export/index.ts";
import { dlLabels } from "../../../analysis/export/dl.ts";
import { readDlLikeIgraph } from "./dl-reader.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { awkwardResult, edgeMap, metaFor, readPajek, seedResult, text } from "./helpers.ts";

const cases = [["awkward", awkwardResult()], ["seed 2", seedResult(2)], ["seed 3", seedResult(3)]] as const;

describe.each(cases)("text exports of %s", (_n, result) => {
  const names = uniqueNames(result.nodes);

  it("dl: an edge list igraph's DL grammar reads, every node labelled in node order, one weighted edge per score", async () => {
    const file = await exportResult("dl", result, metaFor("K"));
    const dl = readDlLikeIgraph(text(file.body));
    expect(file.extension).toBe("dl");
    expect(dl.n).toBe(result.nodes.length);
    expect(dl.names).toEqual(dlLabels(names));
    const ids = result.nodes.map((n) => n.id);
    expect(new Map(dl.edges.map(([a, b, w]) => [`${ids[a]}→${ids[b]}`, w]))).toEqual(edgeMap(result));
    expect(dl.edges).toHaveLength(result.edges.length);
  });

  it("pajek: metadata comments, quoted labels, weighted arcs", async () => {
    const file = await exportResult("pajek", result, metaFor("K"));
    expect(file.extension).toBe("net");
    const net = readPajek(text(file.body));
    expect(net.comments).toContain("instrument: rc7");
    expect(net.comments).toContain("threshold: 3.5");
    expect(net.comments).toContain("round: Høst 2025");
    expect(net.labels).toEqual(names.map((n) => n.replace(/"/g, "'")));
    const ids = result.nodes.map((n) => n.id);
    expect(new Map(net.arcs.map(([a, b, w]) => [`${ids[a - 1]}→${ids[b - 1]}`, w]))).toEqual(edgeMap(result));
    expect(net.arcs).toHaveLength(result.edges.length);
  });

  it("json: the analysis JSON plus meta, values equal", async () => {
    const file = await exportResult("json", result, metaFor("K"));
    const parsed = JSON.parse(text(file.body));
    expect(Object.keys(parsed)[0]).toBe("meta");
    const { meta, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(result)));
    expect(meta).toEqual(metaFor("K"));
  });
});

describe("exportResult", () => {
  const r = awkwardResult();
  it("rejects an unknown format, bad meta and a threshold that differs from the result's", async () => {
    await expect(exportResult("xls", r, metaFor("K"))).rejects.toThrow(/^exportResult: unknown format "xls"/);
    await expect(exportResult("csv", r, { ...metaFor("K"), instrument: { id: "", version: "1" } })).rejects.toThrow(/exportResult: invalid meta\.instrument\.id/);
    await expect(exportResult("csv", r, metaFor("K", 4))).rejects.toThrow(/meta.threshold 4 differs/);
  });

  it("serves every format with a mime type and extension", async () => {
    for (const f of EXPORT_FORMATS) {
      const file = await exportResult(f, r, metaFor("K"));
      expect(file.mime).toMatch(/^(text|application)\//);
      expect(file.extension).toMatch(/^[a-z]+$/);
    }
  });

  it("suggests a file name carrying case, round, instrument, dimension and threshold", () => {
    expect(exportFileName(metaFor("Sak Ø/1"), { extension: "dl" })).toBe("laget_Sak-Ø-1_Høst-2025_rc7-1.0.0_all_t3.5.dl");
  });

  it("gives every format its own file name (csv, csv-nb and csv-long share the extension)", async () => {
    const names = await Promise.all(EXPORT_FORMATS.map(async (f) => exportFileName(metaFor("K"), await exportResult(f, r, metaFor("K")))));
    expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
    expect(names.slice(0, 3)).toEqual([
      "laget_K_Høst-2025_rc7-1.0.0_all_t3.5.csv", "laget_K_Høst-2025_rc7-1.0.0_all_t3.5_long.csv", "laget_K_Høst-2025_rc7-1.0.0_all_t3.5_nb.csv",
    ]);
  });
});

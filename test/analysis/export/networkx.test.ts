// GraphML, GEXF and Pajek opened by NetworkX (a real third-party reader) when python3 with networkx is installed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportResult } from "../../../analysis/export/index.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { awkwardResult, metaFor } from "./helpers.ts";

const hasNetworkx = spawnSync("python3", ["-c", "import networkx"]).status === 0;

const SCRIPT = `
import json, sys, networkx as nx
read = {"graphml": nx.read_graphml, "gexf": nx.read_gexf, "pajek": nx.read_pajek}[sys.argv[1]]
g = read(sys.argv[2])
print(json.dumps({"directed": g.is_directed(), "nodes": [[n, d] for n, d in g.nodes(data=True)],
  "edges": sorted([[u, v, d["weight"]] for u, v, d in g.edges(data=True)])}, ensure_ascii=False))
`;

describe.skipIf(!hasNetworkx)("NetworkX reads the graph exports", () => {
  const result = awkwardResult();
  const dir = mkdtempSync(join(tmpdir(), "laget-nx-"));
  const read = async (format: "graphml" | "gexf" | "pajek") => {
    const file = await exportResult(format, result, metaFor("K"));
    const path = join(dir, `g.${file.extension}`);
    writeFileSync(path, file.body);
    const run = spawnSync("python3", ["-c", SCRIPT, format, path], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    return JSON.parse(run.stdout) as { directed: boolean; nodes: [string, Record<string, unknown>][]; edges: [string, string, number][] };
  };
  const expected = (name: (id: string) => string) =>
    result.edges.map((e) => [name(e.source), name(e.target), e.score]).sort();

  it.each(["graphml", "gexf"] as const)("%s: directed, node ids, role attribute, edge weights", async (format) => {
    const g = await read(format);
    expect(g.directed).toBe(true);
    expect(g.nodes.map(([id, d]) => [id, d.role, d.label])).toEqual(result.nodes.map((n) => [n.id, n.role, n.label]));
    expect(g.edges).toEqual(expected((id) => id));
  });

  it("pajek: vertices by label, weighted arcs", async () => {
    const g = await read("pajek");
    const names = new Map(result.nodes.map((n, i) => [n.id, uniqueNames(result.nodes)[i].replace(/"/g, "'")]));
    expect(g.directed).toBe(true);
    expect(g.edges).toEqual(expected((id) => names.get(id)!));
  });
});

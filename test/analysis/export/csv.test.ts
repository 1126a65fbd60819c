// CSV exports (csv, csv-nb, csv-long) read back with csv-parse and with Laget's own readers.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportResult } from "../../../analysis/export/index.ts";
import { parseLongCsv } from "../../../analysis/csv/long.ts";
import { parseMatrixCsv } from "../../../analysis/csv/matrix.ts";
import { uniqueNames } from "../../../analysis/export/matrix.ts";
import { analyze } from "../../../analysis/analyze.ts";
import { awkwardResult, edgeMap, metaFor, seedResult, text } from "./helpers.ts";

const results = { awkward: awkwardResult(), seed3: seedResult(3), seed2: seedResult(2) };

/** Matrix rows → map "rowLabel→colLabel" of numbers, via the given decimal mark. */
function matrixMap(rows: string[][], decimal: "." | ","): Map<string, number> {
  const [header, ...body] = rows;
  const out = new Map<string, number>();
  for (const row of body) row.slice(1).forEach((cell, j) => {
    if (cell !== "") out.set(`${row[0]}→${header[j + 1]}`, Number(decimal === "," ? cell.replace(",", ".") : cell));
  });
  return out;
}

/** The expected matrix keyed by display names (labels). */
function expectedByName(r: ReturnType<typeof awkwardResult>): Map<string, number> {
  const names = new Map(r.nodes.map((n, i) => [n.id, uniqueNames(r.nodes)[i]]));
  return new Map(r.edges.map((e) => [`${names.get(e.source)}→${names.get(e.target)}`, e.score]));
}

describe.each(Object.entries(results))("matrix CSV exports of %s", (_name, result) => {
  it("csv: comma, dot decimals, LF, corner cell, equal values; not-responded rows blank", async () => {
    const body = text((await exportResult("csv", result, metaFor("K1"))).body);
    expect(body.startsWith("rater\\rated,")).toBe(true);
    expect(body).not.toContain("\r\n");
    const rows: string[][] = parse(body);
    expect(matrixMap(rows, ".")).toEqual(expectedByName(result));
    for (const n of result.nodes.filter((x) => !x.responded)) {
      const row = rows.find((r) => r[0] === (n.label || n.id));
      expect(row?.slice(1).every((c) => c === "")).toBe(true);
    }
    // Laget's own reader too, including a quoted label holding ";" (the separator sniffer skips quoted text).
    expect(parseMatrixCsv(body, "x.csv").labels).toEqual(uniqueNames(result.nodes));
  });

  it("csv-nb: BOM, semicolons, decimal comma, CRLF, equal values", async () => {
    const file = await exportResult("csv-nb", result, metaFor("K1"));
    const body = text(file.body);
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body.split("\r\n").length).toBe(result.nodes.length + 2);
    expect(body.replace(/\r\n/g, "")).not.toContain("\n");
    const rows: string[][] = parse(body, { bom: true, delimiter: ";" });
    expect(rows[0][0]).toBe("rater\\rated");
    expect(matrixMap(rows, ",")).toEqual(expectedByName(result));
    expect(body).not.toMatch(/\d\.\d/);
    const reread = parseMatrixCsv(body, "x.csv");
    expect(reread.separator).toBe(";");
  });

  it("csv-long: header, provenance columns, one row per edge, re-readable by parseLongCsv", async () => {
    const body = text((await exportResult("csv-long", result, metaFor("Sak-Ø1"))).body);
    const records: Record<string, string>[] = parse(body, { columns: true });
    expect(Object.keys(records[0] ?? {})).toEqual([
      "case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value",
      "instrument", "instrument_version", "threshold", "dimension", "generated_at",
    ]);
    expect(records).toHaveLength(result.edges.length);
    const role = new Map(result.nodes.map((n) => [n.id, n.role]));
    expect(new Map(records.map((r) => [`${r.rater_id}→${r.target_id}`, Number(r.value)]))).toEqual(edgeMap(result));
    for (const r of records) {
      expect(r).toMatchObject({ case: "Sak-Ø1", round: "Høst 2025", item: "all", instrument: "rc7", instrument_version: "1.0.0", threshold: "3.5" });
      expect(r.rater_role).toBe(role.get(r.rater_id));
      expect(r.target_role).toBe(role.get(r.target_id));
    }
    const [group] = parseLongCsv(body, "x.csv");
    const again = analyze(group.input);
    expect(edgeMap(again)).toEqual(edgeMap(result));
  });
});

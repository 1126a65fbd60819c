// `convert` command: seed CSVs to every format through the CLI dispatcher, files and stdout, errors.
import { seedFile } from "../seeds.ts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { processIo } from "../../cli/command.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import { readDlLikeIgraph } from "../analysis/export/dl-reader.ts";

const saved = process.env.DATA_DIR;

const SEED = seedFile(3);

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { ...processIo, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe("convert", () => {
  it("writes JSON with meta to stdout", async () => {
    const r = await cli("convert", SEED, "--to", "json", "--case", "Sak-3", "--district", "Østbyen", "--round", "Høst 2025");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.meta).toMatchObject({ instrument: { id: "rc7", version: "2.0.0" }, round: { name: "Høst 2025" }, case: { code: "Sak-3", district: "Østbyen" }, threshold: 3.5, dimension: "all" });
    expect(json.edges.find((e: { source: string; target: string }) => e.source === "HEGE" && e.target === "ØBC").score).toBe(1);
  });

  it("csv-long carries --threshold in its columns; csv-nb keeps the BOM and decimal comma", async () => {
    const r = await cli("convert", SEED, "--to", "csv-long", "--threshold", "4");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toMatch(/,4,all,/);
    const nb = await cli("convert", SEED, "--to", "csv-nb");
    expect(nb.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(nb.stdout).toContain("ØBC;1,8;;1,5;4,2;2,7\r\n");
  });

  it("writes xlsx with -o and refuses xlsx to stdout", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "laget-convert-")), "case-3.xlsx");
    expect((await cli("convert", SEED, "--to", "xlsx", "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Matrise")!.getRow(3).getCell(2).value).toBe(1.8);
    const r = await cli("convert", SEED, "--to", "xlsx");
    expect([r.code, r.stderr]).toEqual([2, "laget convert: --to xlsx writes a binary file; give -o OUT.\n"]);
  });

  it("csv-long written from a matrix names a case and round, so analyze and import read it back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "laget-convert-"));
    const long = join(dir, "case-3-long.csv");
    expect((await cli("convert", SEED, "--to", "csv-long", "-o", long)).code).toBe(0);
    expect(readFileSync(long, "utf8").split("\n")[1]).toMatch(/^case-3,case-3,HEGE,HEGE,ØBC,ØBC,all,1,/);
    const matrix = JSON.parse((await cli("analyze", SEED)).stdout);
    const again = JSON.parse((await cli("analyze", long)).stdout);
    expect(again).toHaveLength(1);
    expect(again[0].edges.map((e: { source: string; target: string; score: number }) => [e.source, e.target, e.score])).toEqual(
      matrix.edges.map((e: { source: string; target: string; score: number }) => [e.source, e.target, e.score]),
    );
    process.env.DATA_DIR = join(dir, "data");
    try {
      const store = await openFileStore(process.env.DATA_DIR);
      await store.putCase({ id: "c1", code: "Sak-3", district: "Heimdal", unit: "", createdAt: new Date().toISOString() });
      await store.close();
      const imported = await cli("import", long, "--case", "Sak-3");
      expect([imported.code, imported.stderr]).toEqual([0, ""]);
      expect(imported.stdout).toMatch(/importing .* \(long\) into case Sak-3 \(Heimdal\) as round "case-3"[\s\S]*16 pair scores/);
    } finally {
      if (saved === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = saved;
    }
  });

  it("dl is an edge list with the labels embedded, as igraph reads it", async () => {
    const dl = readDlLikeIgraph((await cli("convert", SEED, "--to", "dl")).stdout);
    expect(dl.names).toEqual(["HEGE", "ØBC", "PSYK", "SR", "FORÆ"]);
    expect(dl.edges).toContainEqual([0, 3, 1.8]);
    expect(dl.edges).toHaveLength(16);
  });

  it("reports a missing --to, an unknown format and an unreadable file with exit code 2", async () => {
    expect((await cli("convert", SEED)).stderr).toMatch(/--to FORMAT is required/);
    expect((await cli("convert", SEED, "--to", "xls")).stderr).toMatch(/--to must be one of csv, csv-long/);
    expect((await cli("convert", "/nonexistent.csv", "--to", "csv")).code).toBe(2);
  });
});

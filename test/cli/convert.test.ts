// `convert` command: seed CSVs to every format through the CLI dispatcher, files and stdout, errors.
import { seedFile } from "../seeds.ts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { processIo } from "../../cli/command.ts";

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
    expect(json.meta).toMatchObject({ instrument: { id: "rc7", version: "1.0.0" }, round: { name: "Høst 2025" }, case: { code: "Sak-3", district: "Østbyen" }, threshold: 3.5, dimension: "all" });
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

  it("reports a missing --to, an unknown format and an unreadable file with exit code 2", async () => {
    expect((await cli("convert", SEED)).stderr).toMatch(/--to FORMAT is required/);
    expect((await cli("convert", SEED, "--to", "xls")).stderr).toMatch(/--to must be one of csv, csv-long/);
    expect((await cli("convert", "/nonexistent.csv", "--to", "csv")).code).toBe(2);
  });
});

// Golden files for the three seed cases in every format; regenerate with UPDATE_GOLDEN=1 after a deliberate change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportResult, EXPORT_FORMATS, type ExportFile } from "../../../analysis/export/index.ts";
import { metaFor, seedResult } from "./helpers.ts";

const DIR = new URL("../../fixtures/golden/", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

/** XLSX is a zip with timestamps: its golden is a text dump of every sheet's cells and weak fills. */
async function dumpXlsx(file: ExportFile): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.eachSheet((sheet) => {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c) => {
        const fill = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        cells.push(`${c.value ?? ""}${fill ? ` [${fill}]` : ""}`);
      });
      lines.push(cells.join("\t"));
    });
  });
  return lines.join("\n") + "\n";
}

describe.each([1, 2, 3] as const)("golden exports of seed case %i", (n) => {
  it.each(EXPORT_FORMATS)("%s matches its golden file", async (format) => {
    const file = await exportResult(format, seedResult(n), metaFor(`Sak-${n}`));
    const body = format === "xlsx" ? await dumpXlsx(file) : (file.body as string);
    const dir = new URL(`case-${n}/`, DIR);
    const path = new URL(`${format}.${format === "xlsx" ? "txt" : file.extension}`, dir);
    if (update) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, body, "utf8");
    }
    // A missing reference is a failure, never a file written on the fly that the test then agrees with.
    expect(existsSync(path), `golden file ${path.pathname} is missing; run UPDATE_GOLDEN=1 after checking the output`).toBe(true);
    expect(body).toBe(readFileSync(path, "utf8"));
  });
});

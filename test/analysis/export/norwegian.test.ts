// Norwegian letters (æ ø å, upper and lower case) survive every export format byte for byte.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { exportResult, EXPORT_FORMATS } from "../../../analysis/export/index.ts";
import { awkwardResult, metaFor, text } from "./helpers.ts";

const LETTERS = ["ØBC", "FORÆ", "SKLær", "Rå"];

describe("æ ø å round-trip", () => {
  it.each(EXPORT_FORMATS)("%s keeps ØBC, FORÆ, SKLær, Rå and the round name Høst", async (format) => {
    const file = await exportResult(format, awkwardResult(), metaFor("Sak-æøå"));
    let content: string;
    if (format === "xlsx") {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
      const cells: string[] = [];
      wb.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
      content = cells.join("\n");
    } else {
      expect(typeof file.body).toBe("string");
      content = text(Buffer.from(file.body as string, "utf8"));
      expect(file.mime).toMatch(/charset=utf-8/);
    }
    for (const word of LETTERS) expect(content).toContain(word);
    if (!["csv", "csv-nb", "dl"].includes(format)) expect(content).toContain("Høst 2025");
  });
});

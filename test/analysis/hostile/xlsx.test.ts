// Hostile workbooks (a far cell, zip bombs, a million empty rows) are refused quickly, with bounded memory, naming the limit.
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../../analysis/limits.ts";
import { readXlsxTable } from "../../../analysis/xlsx/read.ts";
import { XlsxParseError } from "../../../analysis/xlsx/errors.ts";
import { isolated, report, type Isolated } from "./isolate.ts";
import { SHEET_HEAD, SHEET_TAIL, buildZip, entry, repeated, streamedEntry, workbookOf, workbookParts } from "./zip.ts";

/** Refused fast and small: the generous bounds every hostile file must stay under. */
const MAX_MS = 1_000;
const MAX_HEAP_GROWTH_MB = 32;

function expectRefused(r: Isolated, limit: string, message: RegExp) {
  report(`[hostile] xlsx ${limit}: ${r.error?.name ?? "accepted"} in ${r.ms.toFixed(0)} ms, heap +${r.peakHeapGrowthMb.toFixed(1)} MB (reserved +${r.reservedGrowthMb.toFixed(1)} MB)`);
  expect(r.error, "the parser must refuse the file").not.toBeNull();
  expect(r.error).toMatchObject({ name: "XlsxParseError", limit });
  expect(r.error!.message).toMatch(message);
  expect(r.ms).toBeLessThan(MAX_MS);
  expect(r.peakHeapGrowthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  expect(r.reservedGrowthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
}

describe("hostile workbooks", () => {
  const files: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    // 250 MB of sheet XML in one cell, deflated to about a quarter of a megabyte.
    const bomb = await streamedEntry("xl/worksheets/sheet1.xml", repeated(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`, "x", 250 * 10 ** 6, `</t></is></c></row>${SHEET_TAIL}`));
    files.bomb = buildZip([...workbookParts(), bomb]);
    files.lyingBomb = buildZip([...workbookParts(), { ...bomb, declaredSize: 2_000 }]);
    // 1.5 M empty rows, numbered (30 MB of XML) and unnumbered (9 MB: under the part limit, over the row limit).
    function* numbered() {
      yield SHEET_HEAD;
      for (let i = 1; i <= 1_500_000; i += 1000) yield Array.from({ length: 1000 }, (_, k) => `<row r="${i + k}"/>`).join("");
      yield SHEET_TAIL;
    }
    files.numberedRows = buildZip([...workbookParts(), await streamedEntry("xl/worksheets/sheet1.xml", numbered())]);
    files.emptyRows = buildZip([...workbookParts(), await streamedEntry("xl/worksheets/sheet1.xml", repeated(SHEET_HEAD, "<row/>", 1_500_000, SHEET_TAIL))]);
  }, 60_000);

  it("a 1.6 KB workbook whose one cell sits at XFD1048576", async () => {
    const file = workbookOf(`<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`);
    expect(file.length).toBeLessThan(2_000);
    expectRefused(await isolated("xlsx", file), "rows", /rows past row 30000/);
    // The same cell in row 1: refused on its column, the first cell reference read.
    const wide = workbookOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>rater\\rated</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>`);
    expectRefused(await isolated("xlsx", wide), "columns", /column 16384; at most 100 columns/);
  });

  it("a 250 KB zip bomb of 250 MB sheet XML is refused on its declared size, before inflating", async () => {
    expect(files.bomb.length).toBeLessThan(300_000);
    expectRefused(await isolated("xlsx", files.bomb), "partBytes", /would unpack to 250\d{6} bytes; at most 16 MiB/);
  });

  it("the same bomb declaring 2 000 bytes is stopped as soon as it inflates past them", async () => {
    expectRefused(await isolated("xlsx", files.lyingBomb), "partBytes", /more bytes than it declares \(2000\)/);
  });

  it("a sheet with 1.5 M empty rows: refused on its size (numbered rows) or at row 30 001 (unnumbered rows)", async () => {
    expectRefused(await isolated("xlsx", files.numberedRows), "partBytes", /at most 16 MiB/);
    expect(files.emptyRows.length).toBeLessThan(LIMITS.xlsxBytes);
    expectRefused(await isolated("xlsx", files.emptyRows), "rows", /rows past row 30000/);
  });

  it("a workbook over the upload size, with too many parts, or not a zip is refused before it is opened", async () => {
    await expect(readXlsxTable(new Uint8Array(LIMITS.xlsxBytes + 1), "big.xlsx")).rejects.toMatchObject({ limit: "xlsxBytes" });
    const many = buildZip([...workbookParts(), ...Array.from({ length: LIMITS.zipEntries }, (_, i) => entry(`x/${i}.xml`, "<a/>"))]);
    await expect(readXlsxTable(many, "many.xlsx")).rejects.toMatchObject({ limit: "zipEntries" });
    await expect(readXlsxTable(new Uint8Array([80, 75, 3, 4, 1, 2]), "x.xlsx")).rejects.toThrow(XlsxParseError);
  });

  it("a cell longer than the cell limit, and a sheet of shared-string copies over the text limit, are refused", async () => {
    const long = workbookOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"y".repeat(LIMITS.cellLength + 1)}</t></is></c></row>`);
    await expect(readXlsxTable(long, "l.xlsx")).rejects.toMatchObject({ limit: "cellLength" });
    // One 1 000-character shared string referenced from 100 × 7 000 cells (15 MB of XML) would be 700 MB of text.
    const shared = entry("xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${"z".repeat(1000)}</t></si></sst>`);
    const row = Array.from({ length: 100 }, () => `<c t="s"><v>0</v></c>`).join("");
    const copies = await streamedEntry("xl/worksheets/sheet1.xml", repeated(SHEET_HEAD, `<row>${row}</row>`, 7_000, SHEET_TAIL));
    const parts = workbookParts();
    parts[3] = entry("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
    const r = await isolated("xlsx", buildZip([...parts, shared, copies]));
    expectRefused(r, "textLength", /more than 8 MiB of text/);
  });

  it("reads a normal workbook: only present cells, shared and inline strings, numbers in full precision", async () => {
    const table = await readXlsxTable(workbookOf(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>rater\\rated</t></is></c><c r="C1" t="inlineStr"><is><r><t>P</t></r><r><t>PT</t></r></is></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>PPT</t></is></c><c r="B4" t="b"><v>1</v></c><c r="C4"><v>4.2000000000000002</v></c></row>`,
    ), "ok.xlsx");
    expect(table).toEqual({ sheet: "Ark1", csv: "rater\\rated,,PPT\n\n\nPPT,TRUE,4.2\n" });
  });
});

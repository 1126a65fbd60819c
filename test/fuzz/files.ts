// fast-check arbitraries for import files: mutated and random XLSX workbooks and zips, and hostile CSV text.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { SHEET_HEAD, SHEET_TAIL, buildZip, entry, workbookParts, type ZipEntry } from "../analysis/hostile/zip.ts";

const SHEET = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>PPT</t></is></c><c r="C1" t="inlineStr"><is><t>HEGE</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>PPT</t></is></c><c r="C2"><v>4.5</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>HEGE</t></is></c><c r="B3" t="s"><v>1</v></c></row>`;
const SHARED = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>rater\\rated</t></si><si><r><t>3</t></r><rPh><t>x</t></rPh></si></sst>`;
const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** Fragments that stress the reader: far cells, bad references, errors, entities, DTDs, prefixes, huge numbers. */
const FRAGMENTS = [
  `<c r="XFD1048576"><v>1</v></c>`, `<row r="1048576">`, `<row r="0">`, `<row r="-3"/>`, `<row r="1e9"/>`, `<c r="A0"/>`, `<c r="ZZZZ1"><v>2</v></c>`,
  `<c t="s"><v>99999</v></c>`, `<c t="s"><v>-1</v></c>`, `<c t="s"><v>1.5</v></c>`, `<c t="e"><v>#DIV/0!</v></c>`, `<c t="b"><v>2</v></c>`,
  `<c t="n"><v>1e400</v></c>`, `<c><f>SUM(A1:A9)</f><v>3</v></c>`, `<c t="str"><f>A1</f><v>=A1</v></c>`, `&amp;`, `&unknown;`, `&#0;`, `&#x1F600;`,
  `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>`, `<![CDATA[<c/>]]>`, `<x:c xmlns:x="u" r="B2"><x:v>4</x:v></x:c>`,
  `<is><t>x</t></is>`, `<v>`, `</row>`, `<c r="A1">`, `"`, `<`, `\u0000`, `\uFFFE`, `<t xml:space="preserve">  </t>`,
];

/** Sheet XML with random edits: fragments inserted, ranges deleted, references rewritten. */
export const mutatedSheet = fc.tuple(
  fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 3 })),
  fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { maxLength: 2 })),
  fc.option(fc.constantFrom("XFD1048576", "A99999", "AA1", "$B$2", "", "a1", "1A"), { nil: undefined }),
).map(([inserts, deletes, ref]) => {
  let xml = SHEET_HEAD + SHEET + SHEET_TAIL;
  if (ref !== undefined) xml = xml.replace(`r="C2"`, `r="${ref}"`);
  for (const [at, frag] of inserts) {
    const i = at % (xml.length + 1);
    xml = xml.slice(0, i) + frag + xml.slice(i);
  }
  for (const [at, len] of deletes) {
    const i = at % (xml.length + 1);
    xml = xml.slice(0, i) + xml.slice(i + len);
  }
  return xml;
});

/** A workbook around a (mutated) sheet, with a shared-strings part and sometimes a lying size or a mutated part. */
export const mutatedWorkbook = fc.tuple(mutatedSheet, fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat({ max: 5000 }) }), fc.nat({ max: 29 }), fc.string({ maxLength: 30 })).map(
  ([sheet, declared, part, junk]) => {
    const parts: ZipEntry[] = [...workbookParts(), entry("xl/sharedStrings.xml", SHARED)];
    parts[3] = entry("xl/_rels/workbook.xml.rels", RELS);
    if (part < 5 && junk !== "") parts[part] = entry(parts[part].name, junk);
    const s = entry("xl/worksheets/sheet1.xml", sheet);
    return buildZip([...parts, declared === undefined ? s : { ...s, declaredSize: declared }]);
  },
);

/** A valid workbook's bytes with random byte flips, truncation or inserted bytes. */
export const mutatedBytes = (base: () => Uint8Array[]) =>
  fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.constantFrom("flip", "truncate", "insert")).map(
    ([which, edits, how]) => {
      const files = base();
      const b = Buffer.from(files[which % files.length]);
      if (how === "truncate") return new Uint8Array(b.subarray(0, edits[0][0] % b.length));
      if (how === "insert") {
        const at = edits[0][0] % b.length;
        return new Uint8Array(Buffer.concat([b.subarray(0, at), Buffer.from(edits.map(([, v]) => v)), b.subarray(at)]));
      }
      for (const [at, v] of edits) b[at % b.length] = v;
      return new Uint8Array(b);
    },
  );

/** Random zips: random names (some of them real part names) and random contents. */
export const randomZip = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom("xl/workbook.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"), fc.string({ maxLength: 20 })), fc.string({ maxLength: 200 })),
  { maxLength: 6 },
).map((es) => buildZip(es.map(([name, content]) => entry(name, content))));

/** Two small valid workbooks (a matrix and a long table), the same bytes every run so a seed replays. */
export async function validWorkbooks(): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const rows of [[["rater\\rated", "PPT", "HEGE"], ["PPT", null, 4.5], ["HEGE", "3,5", null]], [["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"], ["K", "R", "a", "SR", "b", "PPT", "frequent", 4]]]) {
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date("2026-01-01T00:00:00Z");
    const ws = wb.addWorksheet("Matrise");
    for (const r of rows) ws.addRow(r);
    out.push(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }
  return out;
}

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("", "1", "3.5", "4,5", "5", "0", "6", "na", "N/A", "-", "PPT", "HEGE", "rater\\rated", "SR") },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a,b"', '"x\ny"', "\r", "\u0000", "\uD800", "\uFEFF", "1e3", " 2 ", "٣", "Infinity") },
  { weight: 1, arbitrary: fc.constantFrom("=A1", "'=A1", "''-2", "+47", "@x", "PP\u202ET", "HE\u200BGE", "A\u030A", "x".repeat(81), "-1") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const sep = fc.constantFrom(",", ";", "\t");
const eol = fc.constantFrom("\n", "\r\n", "\r");

/** Tables shaped like the real files (matrix or long header), with hostile cells. */
export const structured = fc.tuple(sep, eol, fc.boolean(), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.boolean()).map(([s, e, long, rows, bom]) => {
  const header = long ? ["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"] : ["rater\\rated", "PPT", "HEGE", "SR"];
  return (bom ? "\uFEFF" : "") + [header, ...rows].map((r) => r.join(s)).join(e);
});
export const csvText = fc.oneof(
  { weight: 3, arbitrary: structured },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("utf8")) },
);


// The hostile import files of the security review (a far cell, zip bombs, a million empty rows, 9 000 members, 7 600 new ids), built in memory.
import { SHEET_HEAD, SHEET_TAIL, buildZip, repeated, streamedEntry, workbookOf, workbookParts } from "../test/analysis/hostile/zip.ts";

/** One hostile upload: its name (the format follows it), bytes, and the status the server must answer. */
export interface HostileFile {
  name: string;
  /** What it is, for reports. */
  what: string;
  bytes: Uint8Array;
  /** Expected status: 413 for a file over a size limit. */
  status: number;
  /** Expected error code. */
  code: string;
}

const HEADER = "case,round,rater_id,rater_role,target_id,target_role,item,value";
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

/** Numbered empty rows 1…n (about 20 bytes each), streamed. */
function* numberedRows(n: number): Generator<string> {
  yield SHEET_HEAD;
  for (let i = 1; i <= n; i += 1000) yield Array.from({ length: Math.min(1000, n - i + 1) }, (_, k) => `<row r="${i + k}"/>`).join("");
  yield SHEET_TAIL;
}

/**
 * The files that crashed or stalled the server before imports were bounded and isolated: XLSX with a lone cell at
 * XFD1048576, a 250 KB zip bomb of 250 MB sheet XML (declaring its size, and lying about it), 1.5 M empty rows
 * (numbered and not), a CSV header naming 9 000 members, and a 251 KB long CSV bringing 7 600 new member ids.
 */
export async function hostileFiles(): Promise<HostileFile[]> {
  const bomb = await streamedEntry("xl/worksheets/sheet1.xml", repeated(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`, "x", 250 * 10 ** 6, `</t></is></c></row>${SHEET_TAIL}`));
  const wide = `rater\\rated,${Array.from({ length: 9000 }, (_, i) => `m${i.toString(36)}`).join(",")}\n`;
  const many = [HEADER, ...Array.from({ length: 7600 }, (_, i) => `K,R,m${i},SR,m${i + 1},SR,frequent,3`)].join("\n") + "\n";
  return [
    { name: "far-cell.xlsx", what: "1.6 KB XLSX, one cell at XFD1048576", bytes: workbookOf(`<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`), status: 413, code: "file_too_large" },
    { name: "bomb.xlsx", what: "250 KB zip bomb, 250 MB of sheet XML", bytes: buildZip([...workbookParts(), bomb]), status: 413, code: "file_too_large" },
    { name: "lying-bomb.xlsx", what: "the same bomb declaring 2 000 bytes", bytes: buildZip([...workbookParts(), { ...bomb, declaredSize: 2_000 }]), status: 413, code: "file_too_large" },
    { name: "empty-rows.xlsx", what: "1.5 M empty rows", bytes: buildZip([...workbookParts(), await streamedEntry("xl/worksheets/sheet1.xml", repeated(SHEET_HEAD, "<row/>", 1_500_000, SHEET_TAIL))]), status: 413, code: "file_too_large" },
    { name: "numbered-rows.xlsx", what: "1.5 M numbered empty rows (30 MB XML)", bytes: buildZip([...workbookParts(), await streamedEntry("xl/worksheets/sheet1.xml", numberedRows(1_500_000))]), status: 413, code: "file_too_large" },
    { name: "wide.csv", what: "40 KB CSV header naming 9 000 members", bytes: utf8(wide), status: 413, code: "file_too_large" },
    { name: "many-members.csv", what: "251 KB long CSV, 7 600 new member ids", bytes: utf8(many), status: 413, code: "file_too_large" },
  ];
}

/** The largest legal file: 60 members in long form, every pair on the 7 rc7 items (24 780 rows, 1.4 MB). */
export function largestLegalCsv(caseCode = "K", round = "R"): Uint8Array {
  const items = ["frequent", "timely", "accurate", "problemSolving", "sharedGoals", "sharedKnowledge", "mutualRespect"];
  const rows = [HEADER];
  for (let a = 0; a < 60; a++) {
    for (let b = 0; b < 60; b++) {
      if (a !== b) for (const item of items) rows.push(`${caseCode},${round},medlem-${a},SR,medlem-${b},SR,${item},${((a + b) % 5) + 1}`);
    }
  }
  return utf8(rows.join("\n") + "\n");
}

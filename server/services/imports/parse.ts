// Turns an uploaded file (CSV in any supported flavour, or XLSX) into parsed matrix/long data, or problems.
import { createHash } from "node:crypto";
import { parseCsv, type ParsedCsv } from "../../../analysis/csv/detect.ts";
import { readXlsxTable } from "../../../analysis/xlsx/read.ts";
import { problemsOf, type ImportProblem } from "./problems.ts";

/** One uploaded file: its name (for the format and messages) and its bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** A parsed file with the CSV text its locations refer to. */
export interface ParsedFile {
  name: string;
  /** SHA-256 (hex) of the uploaded bytes. */
  hash: string;
  kind: "csv" | "xlsx";
  /** The worksheet read (XLSX only); problems then name it. */
  sheet?: string;
  /** CSV text: the file itself, or the worksheet with line n = row n. */
  text: string;
  parsed: ParsedCsv;
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** UTF-8 (BOM or not); a file that is not valid UTF-8 is read as Windows-1252 (older Excel "CSV" on Norwegian Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Parses the upload; `{ problems }` when the file cannot be read (structure errors stop at the first one). */
export async function parseUpload(upload: Upload): Promise<{ file: ParsedFile } | { problems: ImportProblem[] }> {
  const hash = createHash("sha256").update(upload.bytes).digest("hex");
  const xlsx = /\.xlsx$/i.test(upload.name) || isZip(upload.bytes);
  let text: string;
  let sheet: string | undefined;
  try {
    if (xlsx) ({ csv: text, sheet } = await readXlsxTable(upload.bytes, upload.name));
    else text = decodeText(upload.bytes);
    if (text.replace(/^\uFEFF/, "").trim() === "") return { problems: [{ ...(sheet && { sheet }), line: 1, column: 1, message: "the file is empty." }] };
    const parsed = parseCsv(text, upload.name);
    return { file: { name: upload.name, hash, kind: xlsx ? "xlsx" : "csv", sheet, text, parsed } };
  } catch (error) {
    const problems = problemsOf(error);
    return { problems: sheet === undefined ? problems : problems.map((p) => ({ sheet, ...p })) };
  }
}

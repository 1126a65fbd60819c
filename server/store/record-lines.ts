// Line format of answer logs and snapshots: "<byte length> <checksum> <json>\n", so torn or altered lines are detected.
import { createHash } from "node:crypto";
import { StoreCorruptError } from "./types.ts";

/** First 16 hex digits of the SHA-256 of `json`. */
const checksum = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 16);

/** Encodes one record as a self-checking line. */
export function encodeLine(json: string): string {
  return `${Buffer.byteLength(json)} ${checksum(json)} ${json}\n`;
}

/** The JSON text of a line made by {@link encodeLine} (no checks). */
export function jsonOfLine(line: string): string {
  return line.slice(line.indexOf(" ", line.indexOf(" ") + 1) + 1, -1);
}

/** The JSON text of a line, or undefined when the line is incomplete or does not match its length/checksum. */
export function decodeLine(line: string): string | undefined {
  const m = /^(\d{1,9}) ([0-9a-f]{16}) /.exec(line);
  if (!m) return undefined;
  const json = line.slice(m[0].length);
  return Buffer.byteLength(json) === Number(m[1]) && checksum(json) === m[2] ? json : undefined;
}

/** One valid record read from a file. */
export interface ParsedRecord<T> {
  /** The whole line including its newline, as {@link encodeLine} makes it. */
  line: string;
  value: T;
}

/** Records of a file plus, when its last line was torn by a crash, the byte length to truncate the file to. */
export interface ParsedRecordFile<T> {
  records: ParsedRecord<T>[];
  truncateTo?: number;
}

/**
 * Parses a record file. A damaged line anywhere but at the end, or a record that `parse` rejects (it throws),
 * throws StoreCorruptError naming the file and line. A damaged last line is reported as `truncateTo` when
 * `allowTornTail` (an append that never completed, so never acknowledged); otherwise it is corruption too.
 */
export function parseRecordFile<T>(file: string, text: string, parse: (json: string) => T, allowTornTail: boolean): ParsedRecordFile<T> {
  const lines = text.split("\n");
  const records: ParsedRecord<T>[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const isFragment = i === lines.length - 1;
    if (isFragment && line === "") break;
    const isLast = isFragment || (i === lines.length - 2 && lines[i + 1] === "");
    const json = isFragment ? undefined : decodeLine(line);
    if (json === undefined) {
      if (isLast && allowTornTail) return { records, truncateTo: offset };
      throw new StoreCorruptError(file, `line ${i + 1} is damaged (length or checksum mismatch)`);
    }
    let value: T;
    try {
      value = parse(json);
    } catch (err) {
      const detail = err instanceof SyntaxError ? " is not valid JSON" : `: ${(err as Error).message}`;
      throw new StoreCorruptError(file, `line ${i + 1}${detail}`);
    }
    records.push({ line: `${line}\n`, value });
    offset += Buffer.byteLength(line) + 1;
  }
  return { records };
}

// Reading the audit log's month files leniently: every line becomes a record for verification, damaged ones included.
import { join } from "node:path";
import { AuditEntry, type AuditRecord } from "../../../domain/index.ts";
import { errorCode, nodeFs, type StoreFs } from "../fs-layer.ts";
import { decodeLine } from "../record-lines.ts";

const FILE = /^(\d{4}-\d{2})\.log$/;

/** The file of one month. */
export const segmentPath = (dir: string, month: string) => join(dir, `${month}.log`);

/** The months that have a file, oldest first ([] when the folder does not exist). */
export async function segmentFiles(fs: StoreFs, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return [];
    throw err;
  }
  return names.flatMap((n) => FILE.exec(n)?.[1] ?? []).sort();
}

/** A month's records (value undefined where a line is damaged) and the entries that parse. */
export async function readSegment(fs: StoreFs, dir: string, month: string): Promise<{ records: AuditRecord[]; entries: AuditEntry[] }> {
  let text: string;
  try {
    text = (await fs.readFile(segmentPath(dir, month))).toString("utf8");
  } catch (err) {
    if (errorCode(err) === "ENOENT") return { records: [], entries: [] }; // trimmed meanwhile
    throw err;
  }
  const lines = text.split("\n");
  lines.pop(); // after the last newline: "" or a line still being written
  const records: AuditRecord[] = [];
  const entries: AuditEntry[] = [];
  lines.forEach((line, i) => {
    // A line whose length or checksum is off is still read when its JSON parses: the chain check then names the entry.
    const json = decodeLine(line) ?? line.replace(/^\d+ [0-9a-f]+ /, "");
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      value = undefined;
    }
    records.push({ where: `audit/${month}.log line ${i + 1}`, value });
    const entry = AuditEntry.safeParse(value);
    if (entry.success) entries.push(entry.data);
  });
  return { records, entries };
}

/**
 * Every record of the audit log in `dataDir/audit`, oldest first, read without taking the store's lock
 * (the server may keep running; a line it is writing right now is not read yet).
 */
export async function* readAuditDir(dataDir: string, fs: StoreFs = nodeFs): AsyncIterable<AuditRecord> {
  const dir = join(dataDir, "audit");
  for (const month of await segmentFiles(fs, dir)) yield* (await readSegment(fs, dir, month)).records;
}

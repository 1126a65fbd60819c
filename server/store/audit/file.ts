// The durable audit log: one append-only file per month (audit/YYYY-MM.log), group commit, nothing acknowledged before fdatasync.
import { AuditDraft, AuditEntry, auditMatches } from "../../../domain/index.ts";
import { sealAudit, type AuditHead } from "../../../domain/audit-chain.ts";
import { unlinkDurable } from "../durable-json.ts";
import { asStoreError, syncDir, writeFully, type StoreFile, type StoreFs } from "../fs-layer.ts";
import { encodeLine, parseRecordFile } from "../record-lines.ts";
import { assertDroppable, monthOf, segmentsOf, type AuditLog } from "./types.ts";
import { readSegment, segmentFiles, segmentPath } from "./read.ts";

interface Pending {
  draft: AuditDraft;
  resolve: (entry: AuditEntry) => void;
  reject: (err: unknown) => void;
}

interface Current {
  month: string;
  file: StoreFile;
  size: number;
}

/**
 * Opens the audit log in `dir` (created by the caller). Only the newest month is read at start-up: its last
 * entry is the head the next one chains to; a torn last line (a crash mid-write, never acknowledged) is cut off,
 * any other damage there refuses start-up (StoreCorruptError naming file and line).
 */
export async function openFileAuditLog(fs: StoreFs, dir: string): Promise<AuditLog> {
  let head: AuditHead | undefined;
  let current: Current | undefined;
  const months = await segmentFiles(fs, dir);
  for (let i = months.length - 1; i >= 0 && !head; i--) {
    const path = segmentPath(dir, months[i]);
    const text = (await fs.readFile(path)).toString("utf8");
    const parsed = parseRecordFile(path, text, (json) => AuditEntry.parse(JSON.parse(json)), i === months.length - 1);
    const file = i === months.length - 1 ? await fs.open(path, "r+") : undefined;
    if (file && parsed.truncateTo !== undefined) {
      await file.truncate(parsed.truncateTo);
      await file.sync();
    }
    if (file) current = { month: months[i], file, size: parsed.truncateTo ?? Buffer.byteLength(text) };
    const last = parsed.records.at(-1)?.value;
    if (last) head = { seq: last.seq, hash: last.hash, at: last.at };
  }
  return new FileAuditLog(fs, dir, head, current);
}

class FileAuditLog implements AuditLog {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private needsRepair = false;

  constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
    private head: AuditHead | undefined,
    private current: Current | undefined,
  ) {}

  async appendAudit(input: AuditDraft): Promise<AuditEntry> {
    const draft = AuditDraft.parse(input);
    return new Promise((resolve, reject) => {
      this.pending.push({ draft, resolve, reject });
      this.flushing ??= this.flushLoop().finally(() => (this.flushing = undefined));
    });
  }

  /** Seals each batch after the head, writes it month by month, fdatasyncs, and only then moves the head on. */
  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const entries: AuditEntry[] = [];
      let head = this.head;
      for (const p of batch) {
        const entry = sealAudit(p.draft, head);
        entries.push(entry);
        head = entry;
      }
      try {
        for (const run of runsByMonth(entries)) await this.write(run.month, run.entries);
      } catch (err) {
        const error = asStoreError(err, "writing the audit log");
        for (const p of batch) p.reject(error);
        continue;
      }
      this.head = head;
      batch.forEach((p, i) => p.resolve(entries[i]));
    }
  }

  private async write(month: string, entries: AuditEntry[]): Promise<void> {
    if (this.current?.month !== month) await this.startMonth(month);
    const cur = this.current!;
    if (this.needsRepair) {
      await cur.file.truncate(cur.size);
      await cur.file.datasync();
      this.needsRepair = false;
    }
    const data = Buffer.from(entries.map((e) => encodeLine(JSON.stringify(e))).join(""), "utf8");
    this.needsRepair = true;
    await writeFully(cur.file, data, cur.size);
    await cur.file.datasync();
    this.needsRepair = false;
    cur.size += data.length;
  }

  /** Continues in the month's own file (created empty and made durable in the folder). */
  private async startMonth(month: string): Promise<void> {
    const file = await this.fs.open(segmentPath(this.dir, month), "w", 0o600);
    try {
      await syncDir(this.fs, this.dir);
    } catch (err) {
      await file.close().catch(() => undefined);
      throw err;
    }
    await this.current?.file.close().catch(() => undefined);
    this.current = { month, file, size: 0 };
    this.needsRepair = false;
  }

  async listAudit(q: Parameters<AuditLog["listAudit"]>[0]): Promise<AuditEntry[]> {
    const out: AuditEntry[] = [];
    const fromMonth = q.from ? monthOf(q.from) : undefined;
    const toMonth = q.to ? monthOf(q.to) : undefined;
    const months = (await segmentFiles(this.fs, this.dir)).reverse();
    for (const month of months) {
      if (out.length >= q.limit || (fromMonth && month < fromMonth)) break;
      if (toMonth && month > toMonth) continue;
      const entries = (await readSegment(this.fs, this.dir, month)).entries;
      for (let i = entries.length - 1; i >= 0 && out.length < q.limit; i--) {
        const e = entries[i];
        if ((q.before === undefined || e.seq < q.before) && auditMatches(e, q)) out.push(e);
      }
    }
    return out;
  }

  async *readAudit() {
    for (const month of await segmentFiles(this.fs, this.dir)) yield* (await readSegment(this.fs, this.dir, month)).records;
  }

  async auditSegments() {
    const out = [];
    for (const month of await segmentFiles(this.fs, this.dir)) out.push(...segmentsOf((await readSegment(this.fs, this.dir, month)).entries));
    return out;
  }

  async dropAuditSegment(month: string): Promise<void> {
    assertDroppable(await this.auditSegments(), month);
    if (this.current?.month === month) throw new Error("The month being written cannot be removed");
    try {
      await unlinkDurable(this.fs, segmentPath(this.dir, month));
    } catch (err) {
      throw asStoreError(err, "trimming the audit log");
    }
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.current?.file.close();
  }
}

/** Consecutive entries of the same month (a batch may cross midnight at the month's end). */
function runsByMonth(entries: AuditEntry[]): { month: string; entries: AuditEntry[] }[] {
  const runs: { month: string; entries: AuditEntry[] }[] = [];
  for (const e of entries) {
    const month = monthOf(e.at);
    const last = runs.at(-1);
    if (last?.month === month) last.entries.push(e);
    else runs.push({ month, entries: [e] });
  }
  return runs;
}

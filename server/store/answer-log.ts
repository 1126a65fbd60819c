// Append-only answer log with group commit: concurrent appends share one write + fdatasync; nothing resolves before it.
import { join } from "node:path";
import { asStoreError, syncDir, writeFully, type StoreFile, type StoreFs } from "./fs-layer.ts";

/** A log file that is no longer appended to and waits for compaction. */
export interface SealedSegment {
  path: string;
  /** Round ids that have records in it. */
  rounds: Set<string>;
}

interface PendingAppend {
  /** The encoded record line; a batch is encoded to bytes once, not per record. */
  line: string;
  roundId: string;
  onDurable: () => void;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** A request to seal the active segment once the batch numbered `afterBatch` has been written. */
interface SealRequest {
  afterBatch: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** File name of log segment `seq` (zero-padded so names sort in order). */
export const segmentName = (seq: number) => `wal-${String(seq).padStart(8, "0")}.log`;
/** Sequence number of a segment file name, or undefined for other files. */
export const segmentSeq = (name: string) => {
  const m = /^wal-(\d{8})\.log$/.exec(name);
  return m ? Number(m[1]) : undefined;
};

/**
 * The active log segment. Appends that arrive while a write is in flight form the next batch. After a failed
 * write the file is truncated back to its last durable size before anything else is written, so a half-written
 * batch can never sit in front of later acknowledged records. Rotates to a new segment past `rotateAfterBytes`.
 */
export class AnswerLog {
  private pending: PendingAppend[] = [];
  /** The batch being written. */
  private inFlight: PendingAppend[] = [];
  /** Batches taken from `pending` so far (the one in flight included). */
  private batchesTaken = 0;
  private seals: SealRequest[] = [];
  private flushing: Promise<void> | undefined;
  private needsRepair = false;
  private rounds = new Set<string>();

  private constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
    private seq: number,
    private file: StoreFile,
    private size: number,
    private readonly rotateAfterBytes: number,
    private readonly onSealed: (segment: SealedSegment) => void,
  ) {}

  /** Creates segment `seq` (empty) in `dir` and returns the log appending to it. */
  static async create(fs: StoreFs, dir: string, seq: number, rotateAfterBytes: number, onSealed: (s: SealedSegment) => void) {
    const file = await AnswerLog.createSegment(fs, dir, seq);
    return new AnswerLog(fs, dir, seq, file, 0, rotateAfterBytes, onSealed);
  }

  private static async createSegment(fs: StoreFs, dir: string, seq: number): Promise<StoreFile> {
    const file = await fs.open(join(dir, segmentName(seq)), "w", 0o600); // a leftover of a failed rotation is empty
    try {
      await syncDir(fs, dir);
    } catch (err) {
      await file.close().catch(() => undefined);
      throw err;
    }
    return file;
  }

  /** Appends one encoded record; resolves after it is fsync'd (and `onDurable` ran), rejects with StoreUnavailableError. */
  append(line: string, roundId: string, onDurable: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ line, roundId, onDurable, resolve, reject });
      this.kick();
    });
  }

  /** Whether the active segment holds, or is about to be written with, a record of one of `roundIds`. */
  touches(roundIds: ReadonlySet<string>): boolean {
    for (const r of this.rounds) if (roundIds.has(r)) return true;
    return this.inFlight.some((p) => roundIds.has(p.roundId)) || this.pending.some((p) => roundIds.has(p.roundId));
  }

  /**
   * Seals the active segment (handing it to `onSealed`) once every append made before this call is written, and
   * continues in a new one; resolves when done. Later appends do not delay it. An empty segment stays active.
   */
  seal(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.seals.push({ afterBatch: this.batchesTaken + (this.pending.length > 0 ? 1 : 0), resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    this.flushing ??= this.flushLoop().finally(() => (this.flushing = undefined));
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0 || this.seals.length > 0) {
      if (this.pending.length > 0) await this.flushBatch();
      const due = this.seals.filter((s) => s.afterBatch <= this.batchesTaken || this.pending.length === 0);
      if (due.length > 0) {
        this.seals = this.seals.filter((s) => !due.includes(s));
        try {
          await this.sealNow();
          for (const s of due) s.resolve();
        } catch (err) {
          const error = asStoreError(err, "sealing the answer log");
          for (const s of due) s.reject(error);
        }
      } else if (this.size >= this.rotateAfterBytes) await this.rotate().catch(() => undefined);
    }
  }

  /** Writes everything pending as one batch and acknowledges it, or rejects every append of the batch. */
  private async flushBatch(): Promise<void> {
    const batch = (this.inFlight = this.pending);
    this.pending = [];
    this.batchesTaken++;
    try {
      await this.writeBatch(Buffer.from(batch.map((p) => p.line).join(""), "utf8"));
    } catch (err) {
      const error = asStoreError(err, "saving answers");
      for (const p of batch) p.reject(error);
      return;
    } finally {
      this.inFlight = [];
    }
    for (const p of batch) {
      this.rounds.add(p.roundId);
      p.onDurable();
      p.resolve();
    }
  }

  /** Cuts a failed batch off the segment, then seals it unless it holds nothing. */
  private async sealNow(): Promise<void> {
    await this.repair();
    if (this.size > 0) await this.rotate();
  }

  /** After a failed write: truncates the segment back to its last durable size. */
  private async repair(): Promise<void> {
    if (!this.needsRepair) return;
    await this.file.truncate(this.size);
    await this.file.datasync();
    this.needsRepair = false;
  }

  private async writeBatch(data: Buffer): Promise<void> {
    await this.repair();
    this.needsRepair = true;
    await writeFully(this.file, data, this.size);
    await this.file.datasync();
    this.needsRepair = false;
    this.size += data.length;
  }

  /** Seals the current segment and continues in a new one; on failure keeps appending to the current one. */
  private async rotate(): Promise<void> {
    const next = await AnswerLog.createSegment(this.fs, this.dir, this.seq + 1);
    const sealed: SealedSegment = { path: join(this.dir, segmentName(this.seq)), rounds: this.rounds };
    await this.file.close().catch(() => undefined);
    this.file = next;
    this.seq += 1;
    this.size = 0;
    this.rounds = new Set();
    this.onSealed(sealed);
  }

  /** Waits for every pending append, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.file.close();
  }
}

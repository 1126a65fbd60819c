// Folds sealed log segments into per-round snapshot files, then deletes the segments; erases deleted rounds' records; crash-safe at every step.
import { join } from "node:path";
import type { SealedSegment } from "./answer-log.ts";
import { unlinkDurable, writeTempSynced } from "./durable-json.ts";
import { rewriteWithout, unlinkAll } from "./erase-records.ts";
import { syncDir, type StoreFs } from "./fs-layer.ts";
import type { StoreState } from "./state.ts";

/** File name of a round's answer snapshot. */
export const snapshotName = (roundId: string) => `${roundId}.snap`;
/** Round id of a snapshot file name, or undefined for other files. */
export const snapshotRound = (name: string) => (name.endsWith(".snap") ? name.slice(0, -5) : undefined);

const RETRY_AFTER_MS = 1000;
/** A temp file left by a segment rewrite that did not finish. */
const SEGMENT_TEMP = /^wal-\d{8}\.log\.tmp$/;
/** Snapshot writes in flight at once: leaves libuv's other threadpool threads (4 by default) to the answer log. */
const PARALLEL = 2;

/**
 * For each sealed segment (oldest first): write a fresh snapshot of every round it touched from the in-memory
 * state (which holds only durable answers), then delete the segment. Start-up replays snapshots and then all
 * remaining segments in order, so a crash between any two steps still yields the latest answer per member.
 * A disk error stops the run; it is retried on the next {@link schedule} after a short pause.
 */
export class Compactor {
  private readonly queue: SealedSegment[] = [];
  private running: Promise<void> | undefined;
  private failedAt = 0;
  /** Rounds of deleted cases: never written again. */
  readonly deletedRounds = new Set<string>();
  /** Rounds whose records must still leave the folder; a round stays here until a pass has removed them durably. */
  private readonly erasing = new Set<string>();
  private eraseWaiters: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
    private readonly state: StoreState,
  ) {}

  /** Queues a segment for compaction and starts a run. */
  add(segment: SealedSegment): void {
    this.queue.push(segment);
    this.schedule();
  }

  /**
   * Removes every record of `roundIds` from the sealed segments (each rewritten without them) and deletes their
   * snapshots and temp files, then fsyncs the folder; resolves once that is durable. Runs between compaction steps,
   * never beside one. The active log segment is not touched: the caller seals it first when it holds such records.
   * A failed pass rejects and is retried (after a pause, and at the next call) until it succeeds.
   */
  erase(roundIds: Iterable<string>): Promise<void> {
    for (const r of roundIds) {
      this.deletedRounds.add(r);
      this.erasing.add(r);
    }
    return new Promise((resolve, reject) => {
      this.eraseWaiters.push({ resolve, reject });
      this.failedAt = 0;
      this.schedule();
    });
  }

  /** Starts a run if work is waiting, none is running, and the last failure is not too recent. */
  schedule(): void {
    const waiting = this.queue.length > 0 || this.erasing.size > 0 || this.eraseWaiters.length > 0;
    if (this.stopped || this.running || !waiting || Date.now() - this.failedAt < RETRY_AFTER_MS) return;
    this.running = this.run()
      .catch(() => {
        this.failedAt = Date.now();
        // An erasure must not wait for the next save to be tried again.
        if (this.erasing.size > 0) this.retryTimer ??= setTimeout(() => ((this.retryTimer = undefined), this.schedule()), RETRY_AFTER_MS).unref();
      })
      .finally(() => (this.running = undefined));
  }

  /** Resolves when no run is in progress. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Starts no further runs (the store is closing); waits for the one in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.idle();
  }

  /** Number of segments still waiting. */
  get backlog(): number {
    return this.queue.length;
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.erasing.size > 0 || this.eraseWaiters.length > 0) await this.erasePass();
      else if (this.queue.length > 0) {
        const segment = this.queue[0];
        await this.writeSnapshots([...segment.rounds]);
        await unlinkDurable(this.fs, segment.path);
        this.queue.shift();
      } else return;
    }
  }

  /**
   * One erasure pass over the rounds waiting: rewrites each sealed segment that holds them, unlinks their snapshots,
   * the snapshots' temp files and any segment temp file, then one fsync of the folder makes it all durable.
   */
  private async erasePass(): Promise<void> {
    const rounds = new Set(this.erasing);
    const waiters = this.eraseWaiters.splice(0);
    try {
      for (const segment of this.queue) {
        if ([...segment.rounds].some((r) => rounds.has(r))) segment.rounds = await rewriteWithout(this.fs, segment.path, rounds);
      }
      const strays = (await this.fs.readdir(this.dir)).filter((name) => SEGMENT_TEMP.test(name));
      const names = [...[...rounds].flatMap((r) => [snapshotName(r), `${snapshotName(r)}.tmp`]), ...strays];
      await unlinkAll(this.fs, names.map((name) => join(this.dir, name)));
      await syncDir(this.fs, this.dir);
    } catch (err) {
      for (const w of waiters) w.reject(err);
      throw err;
    }
    for (const r of rounds) this.erasing.delete(r);
    for (const w of waiters) w.resolve();
  }

  /**
   * Atomically replaces the snapshots of `roundIds` with their current answers, {@link PARALLEL} at a time, and
   * makes all the renames durable with one directory fsync at the end (not one per round: a segment touches
   * hundreds of rounds). Until that fsync the old snapshots plus the still-present segment give the same state.
   */
  async writeSnapshots(roundIds: string[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      const scratch = { buffer: Buffer.allocUnsafeSlow(0) };
      while (next < roundIds.length) await this.replaceSnapshot(roundIds[next++], scratch);
    };
    // allSettled: no worker may still be writing when a failed run returns (a retry would race it).
    const results = await Promise.allSettled(Array.from({ length: PARALLEL }, worker));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    await syncDir(this.fs, this.dir);
  }

  /**
   * Writes and fsyncs a round's new snapshot beside the old one, then renames it over (durable after {@link syncDir}).
   * The lines are copied straight into the worker's `scratch` buffer (grown as needed, reused for every round), so a
   * compaction of the whole store makes no garbage the size of the store for the collector to clear up.
   */
  private async replaceSnapshot(roundId: string, scratch: { buffer: Buffer }): Promise<void> {
    if (this.deletedRounds.has(roundId) || !this.state.caseOfRound.has(roundId)) return;
    const lines = [...(this.state.answers.get(roundId)?.values() ?? [])];
    let size = 0;
    for (const line of lines) size += Buffer.byteLength(line, "utf8");
    if (scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafeSlow(Math.max(size, 2 * scratch.buffer.length));
    let at = 0;
    for (const line of lines) at += scratch.buffer.write(line, at, "utf8");
    const path = join(this.dir, snapshotName(roundId));
    await this.fs.rename(await writeTempSynced(this.fs, path, scratch.buffer.subarray(0, at)), path);
    if (this.deletedRounds.has(roundId)) await unlinkDurable(this.fs, path); // case deleted meanwhile
  }
}

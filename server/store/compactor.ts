// Folds sealed log segments into per-round snapshot files, then deletes the segments; crash-safe at every step.
import { join } from "node:path";
import type { SealedSegment } from "./answer-log.ts";
import { unlinkDurable, writeTempSynced } from "./durable-json.ts";
import { syncDir, type StoreFs } from "./fs-layer.ts";
import type { StoreState } from "./state.ts";

/** File name of a round's answer snapshot. */
export const snapshotName = (roundId: string) => `${roundId}.snap`;
/** Round id of a snapshot file name, or undefined for other files. */
export const snapshotRound = (name: string) => (name.endsWith(".snap") ? name.slice(0, -5) : undefined);

const RETRY_AFTER_MS = 1000;
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

  /** Starts a run if work is waiting, none is running, and the last failure is not too recent. */
  schedule(): void {
    if (this.running || this.queue.length === 0 || Date.now() - this.failedAt < RETRY_AFTER_MS) return;
    this.running = this.run()
      .catch(() => void (this.failedAt = Date.now()))
      .finally(() => (this.running = undefined));
  }

  /** Resolves when no run is in progress. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Number of segments still waiting. */
  get backlog(): number {
    return this.queue.length;
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0) {
      const segment = this.queue[0];
      await this.writeSnapshots([...segment.rounds]);
      await unlinkDurable(this.fs, segment.path);
      this.queue.shift();
    }
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

// Store benchmark: a file store pre-filled with ~1 M ratings; start-up time and RSS, single and concurrent putAnswer.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { AnswerSet } from "../domain/index.ts";
import { openFileStore } from "../server/store/file-store.ts";
import type { Store } from "../server/store/types.ts";
import { MILLION, ratingsFor, writeDataDir, type Seat } from "./data-dir.ts";
import { targetRow, type BenchRow } from "./types.ts";

const T0 = "2025-01-01T10:00:00.000Z";
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** A full answer set of a random seat; `salt` varies the values. */
function randomAnswer(seats: Seat[], salt: number): AnswerSet {
  const seat = seats[Math.floor(Math.random() * seats.length)];
  return { roundId: seat.roundId, memberId: seat.memberId, ratings: ratingsFor(seat, salt), submitted: true, updatedAt: T0, submittedAt: T0 };
}

/** Milliseconds each of `count` puts took with `concurrency` in flight, and the total wall time. */
async function timePuts(store: Store, seats: Seat[], count: number, concurrency: number) {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        const answer = randomAnswer(seats, issued++);
        const t = performance.now();
        await store.putAnswer(answer);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), wallMs: performance.now() - started };
}

/** Runs the benchmark in a temp dir (removed afterwards) and returns its figures. */
async function runStoreBench(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "laget-bench-store-"));
  try {
    const { seats, ratings } = writeDataDir(dir, MILLION);
    const t = performance.now();
    const store = await openFileStore(dir, { compactAfterBytes: Number(process.env.BENCH_COMPACT_BYTES ?? 64 * 2 ** 20) });
    const openMs = performance.now() - t;
    const rssAfterOpenMb = process.memoryUsage().rss / 2 ** 20;
    const single = await timePuts(store, seats, 200, 1);
    const concurrent = await timePuts(store, seats, 20_000, 200);
    const { rss, heapUsed } = process.memoryUsage();
    await store.close();
    return {
      ratings,
      openMs,
      rssAfterOpenMb,
      singlePutMedianMs: percentile(single.latencies, 0.5),
      concurrentPutsPerSec: (concurrent.latencies.length / concurrent.wallMs) * 1000,
      concurrentP50Ms: percentile(concurrent.latencies, 0.5),
      concurrentP99Ms: percentile(concurrent.latencies, 0.99),
      rssAfterLoadMb: rss / 2 ** 20,
      heapUsedAfterLoadMb: heapUsed / 2 ** 20,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The runner's entry: the same figures as table rows (store API only, no HTTP; includes building the answers). */
export async function measure(): Promise<Omit<BenchRow, "module">[]> {
  const r = await runStoreBench();
  const f1 = (v: number) => v.toFixed(1);
  return [
    targetRow(`open a ${(r.ratings / 1e6).toFixed(2)} M-rating store in-process`, r.openMs, "ms", undefined, `RSS after open ${f1(r.rssAfterOpenMb)} MB (bench process)`),
    targetRow("putAnswer ×20 000, 200 in flight", r.concurrentPutsPerSec, "puts/s", { min: 10_000 }, `p50 ${f1(r.concurrentP50Ms)} · p99 ${f1(r.concurrentP99Ms)} ms · single put median ${f1(r.singlePutMedianMs)} ms · RSS ${f1(r.rssAfterLoadMb)} MB`, r),
  ];
}

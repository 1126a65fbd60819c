// Store benchmark: a file store pre-filled with ~1 M ratings; start-up time and RSS, single and concurrent putAnswer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnswerSet } from "../domain/index.ts";
import { newCaseDoc, type CaseDoc } from "../server/store/docs.ts";
import { openFileStore } from "../server/store/file-store.ts";
import { encodeLine } from "../server/store/record-lines.ts";
import type { Store } from "../server/store/types.ts";

const ITEMS = ["frequent", "timely", "accurate", "problemSolving", "sharedGoals", "sharedKnowledge", "mutualRespect"];
const CASES = 700;
const MEMBERS = 15; // each rates 14 others × 7 items = 98 ratings; 700 × 15 × 98 ≈ 1.03 M ratings
const T0 = "2025-01-01T10:00:00.000Z";

/** An answer set of member `m` in case `c` about all other members; `salt` varies the values. */
function answerOf(c: number, m: number, salt: number): AnswerSet {
  const ratings = [];
  for (let t = 0; t < MEMBERS; t++) {
    if (t === m) continue;
    for (const [i, item] of ITEMS.entries()) ratings.push({ target: `c${c}m${t}`, item, value: ((c + m + t + i + salt) % 5) + 1 });
  }
  return { roundId: `c${c}r1`, memberId: `c${c}m${m}`, ratings, submitted: true, updatedAt: T0, submittedAt: T0 };
}

/** Writes case files and answer snapshots straight to disk in the store's own format; returns the rating count. */
function prefill(dir: string): number {
  mkdirSync(join(dir, "cases"), { recursive: true });
  mkdirSync(join(dir, "answers"), { recursive: true });
  let ratings = 0;
  for (let c = 0; c < CASES; c++) {
    const doc: CaseDoc = newCaseDoc({ id: `c${c}`, code: `Sak-${c}`, district: "Heimdal", unit: "", createdAt: T0 });
    for (let m = 0; m < MEMBERS; m++) doc.members.push({ id: `c${c}m${m}`, caseId: `c${c}`, role: "PPT", label: "" });
    doc.rounds.push({
      id: `c${c}r1`, caseId: `c${c}`, name: "Høst", instrumentId: "rc7", instrumentVersion: "1", status: "open",
      source: "survey", closesAt: null, createdAt: T0, openedAt: T0, closedAt: null,
    });
    writeFileSync(join(dir, "cases", `c${c}.json`), JSON.stringify(doc));
    const answers = Array.from({ length: MEMBERS }, (_, m) => answerOf(c, m, 0));
    ratings += answers.reduce((n, a) => n + a.ratings.length, 0);
    writeFileSync(join(dir, "answers", `c${c}r1.snap`), answers.map((a) => encodeLine(JSON.stringify(a))).join(""));
  }
  return ratings;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const randomAnswer = (salt: number) => answerOf(Math.floor(Math.random() * CASES), Math.floor(Math.random() * MEMBERS), salt);

/** Milliseconds each of `count` puts took with `concurrency` in flight, and the total wall time. */
async function timePuts(store: Store, count: number, concurrency: number) {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        const answer = randomAnswer(issued++);
        const t = performance.now();
        await store.putAnswer(answer);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), wallMs: performance.now() - started };
}

export const storeSubmitBench = {
  name: "store",
  /** Runs the benchmark in a temp dir (removed afterwards) and returns its figures. */
  async run(): Promise<Record<string, number>> {
    const dir = mkdtempSync(join(tmpdir(), "laget-bench-store-"));
    try {
      const ratings = prefill(dir);
      const t = performance.now();
      const store = await openFileStore(dir, { compactAfterBytes: Number(process.env.BENCH_COMPACT_BYTES ?? 64 * 2 ** 20) });
      const openMs = performance.now() - t;
      const rssAfterOpenMb = process.memoryUsage().rss / 2 ** 20;
      const single = await timePuts(store, 200, 1);
      const concurrent = await timePuts(store, 20_000, 200);
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
  },
};
export default storeSubmitBench;

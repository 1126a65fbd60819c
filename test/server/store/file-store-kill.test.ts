// kill -9 in the middle of writes: the store still loads and holds every answer acknowledged before the kill.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../server/store/file-store.ts";
import { sampleAnswer, seedCaseWithRound } from "./sample-data.ts";
import { tempDir } from "./temp-dir.ts";

const WRITER = join(import.meta.dirname, "fixtures", "answer-writer.ts");
const REPETITIONS = Number(process.env.STORE_KILL_REPETITIONS ?? 6);

/** Runs the writer child until it has acknowledged `killAfterAcks` answers, SIGKILLs it, returns the acked ids. */
function writeUntilKilled(dataDir: string, prefix: string, killAfterAcks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, dataDir, prefix], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: string[] = [];
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split("\n");
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith("ack ")) acked.push(line.slice(4));
      if (acked.length >= killAfterAcks) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve(acked) : reject(new Error(`writer exited without being killed: ${stderr}`)),
    );
  });
}

describe("file store survives kill -9", () => {
  it(`keeps every acknowledged answer over ${REPETITIONS} kills in mid-write`, { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const setup = await openFileStore(dir);
    await seedCaseWithRound(setup, 1);
    await setup.close();
    const allAcked: string[] = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const acked = await writeUntilKilled(dir, `k${rep}`, 100 + Math.floor(Math.random() * 400));
      expect(acked.length).toBeGreaterThan(0);
      allAcked.push(...acked);
      const store = await openFileStore(dir, { compactAfterBytes: 16 * 1024 });
      const stored = new Map((await store.listAnswers("r1")).map((a) => [a.memberId, a]));
      const missing = allAcked.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      for (const id of acked) expect(stored.get(id)).toEqual(sampleAnswer("r1", id, Number(id.split("-")[1]) + 1, 7));
      await store.close();
    }
    console.info(`kill -9: ${REPETITIONS} kills, ${allAcked.length} acknowledged answers, all present after restart`);
  });
});

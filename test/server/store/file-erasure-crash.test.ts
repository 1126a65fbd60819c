// A crash at every step of a case deletion: after the restart the case is fully there or fully gone, and no other answer is lost.
import { describe, expect, it } from "vitest";
import type { AnswerSet } from "../../../domain/index.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { crashFs } from "./crash-fs.ts";
import { scanDir } from "./disk-scan.ts";
import { KEEP_SEATS, VICTIM, keepAnswer, seedErasureCases, victimAnswers, victimNeedles } from "./erasure-data.ts";
import { tempDir } from "./temp-dir.ts";

const VICTIM_SAVES = 24;
const key = (a: AnswerSet) => `${a.roundId}/${a.memberId}`;

/** One run: seed, save, crash after `budget` disk changes of the deletion; returns what the restarted store holds. */
async function crashDuringDeletion(budget: number) {
  const dir = tempDir("laget-crash-");
  const fs = crashFs();
  const store = await openFileStore(dir, { fs, compactAfterBytes: 2500 });
  await seedErasureCases(store);
  const victim = victimAnswers(VICTIM_SAVES);
  const kept = new Map<string, number>();
  for (const [k, answer] of victim.entries()) {
    await store.putAnswer(answer);
    await store.putAnswer(keepAnswer(KEEP_SEATS[k % 4], k));
    kept.set(KEEP_SEATS[k % 4], k);
  }
  fs.crashAfter(budget);
  // Saves of the other case race the deletion; those acknowledged must survive the crash. One that failed may
  // still have reached the disk (written, then the crash refused its fsync): a seat holds its last acknowledged
  // write or one of those.
  const unacked = new Map<string, Set<number>>(KEEP_SEATS.map((s) => [s, new Set()]));
  const racing = Array.from({ length: 8 }, (_, k) => {
    const seat = KEEP_SEATS[k % 4];
    return store.putAnswer(keepAnswer(seat, 100 + k)).then(() => void kept.set(seat, 100 + k), () => void unacked.get(seat)!.add(100 + k));
  });
  const deleted = await store.deleteCase(VICTIM).then(() => true, () => false);
  await Promise.all(racing);
  const crashed = fs.crashed;
  if (deleted && !crashed) expect(scanDir(dir, victimNeedles(victim)), "acknowledged deletion").toEqual([]);
  await store.close().catch(() => undefined);

  const restarted = await openFileStore(dir);
  try {
    const there = (await restarted.getCase(VICTIM)) !== undefined;
    if (there) {
      expect(deleted, "a deletion that answered is never undone").toBe(false);
      expect(await restarted.listMembers(VICTIM)).toHaveLength(4);
      expect(await restarted.listRounds(VICTIM)).toHaveLength(3);
      expect(await restarted.getPairScores("victim-r3")).toHaveLength(2);
      const latest = new Map(victim.map((a) => [key(a), a]));
      const stored = [...(await restarted.listAnswers("victim-r1")), ...(await restarted.listAnswers("victim-r2"))];
      expect(new Map(stored.map((a) => [key(a), a]))).toEqual(latest);
    } else {
      expect(scanDir(dir, victimNeedles(victim)), `gone after a crash at change ${budget}`).toEqual([]);
    }
    for (const [seat, n] of kept) {
      const allowed = [n, ...[...unacked.get(seat)!].filter((u) => u > n)].map((m) => keepAnswer(seat, m));
      expect(allowed, `${seat} after a crash at change ${budget}`).toContainEqual(await restarted.getAnswer("keep-r1", seat));
    }
    return { there, crashed };
  } finally {
    await restarted.close();
  }
}

describe("a crash in the middle of an erasure", () => {
  it("leaves the case fully there or fully gone at every step, never losing another case's acknowledged answer", { timeout: 240_000 }, async () => {
    const outcomes = { there: 0, gone: 0 };
    let budget = 0;
    for (; budget < 400; budget++) {
      const { there, crashed } = await crashDuringDeletion(budget);
      outcomes[there ? "there" : "gone"]++;
      if (!crashed) break;
    }
    console.info(`erasure crash points: ${budget + 1} runs, case fully there after ${outcomes.there}, fully gone after ${outcomes.gone}`);
    expect(budget, "the deletion finished within the budget").toBeLessThan(400);
    expect(outcomes.there).toBeGreaterThan(0);
    expect(outcomes.gone).toBeGreaterThan(1);
  });
});

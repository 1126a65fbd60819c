// Deleting a case erases it from the disk: no file under the data folder holds any byte of it, with answers in every place.
import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../server/store/file-store.ts";
import type { Store } from "../../../server/store/types.ts";
import { scanDir } from "./disk-scan.ts";
import { KEEP, KEEP_SEATS, VICTIM, keepAnswer, seedErasureCases, victimAnswers, victimNeedles } from "./erasure-data.ts";
import { tempDir } from "./temp-dir.ts";

/** Writes the victim's answers interleaved with the kept case's; returns the kept case's last write per seat. */
async function writeInterleaved(store: Store, victimSaves: number): Promise<Map<string, number>> {
  const victim = victimAnswers(victimSaves);
  const kept = new Map<string, number>();
  for (const [k, answer] of victim.entries()) {
    await store.putAnswer(answer);
    const seat = KEEP_SEATS[k % KEEP_SEATS.length];
    await store.putAnswer(keepAnswer(seat, 1000 + k));
    kept.set(seat, 1000 + k);
  }
  return kept;
}

async function expectKept(store: Store, kept: Map<string, number>) {
  for (const [seat, n] of kept) expect(await store.getAnswer("keep-r1", seat), seat).toEqual(keepAnswer(seat, n));
  expect(await store.listAnswers("keep-r1")).toHaveLength(kept.size);
  expect((await store.getCase(KEEP))?.code).toBe("Behold-1");
}

describe("deleting a case erases it from the data folder", () => {
  const places = [
    { name: "only in the active log segment", compactAfterBytes: 64 * 2 ** 20, reopenFirst: false },
    { name: "in sealed log segments waiting for compaction and the active one", compactAfterBytes: 3000, reopenFirst: false },
    { name: "in snapshots after compaction and a restart", compactAfterBytes: 3000, reopenFirst: true },
  ];
  for (const place of places) {
    it(`leaves none of the case's strings in any file when its answers are ${place.name}`, async () => {
      const dir = tempDir();
      let store = await openFileStore(dir, { compactAfterBytes: place.compactAfterBytes });
      await seedErasureCases(store);
      const kept = await writeInterleaved(store, 40);
      const needles = victimNeedles(victimAnswers(40));
      if (place.reopenFirst) {
        await store.close();
        store = await openFileStore(dir, { compactAfterBytes: place.compactAfterBytes });
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(scanDir(dir, needles).length, "the victim is on disk before the deletion").toBeGreaterThan(0);
      await store.deleteCase(VICTIM);
      expect(scanDir(dir, needles)).toEqual([]);
      await expectKept(store, kept);
      await store.putAnswer(keepAnswer("keep-m0", 7));
      kept.set("keep-m0", 7);
      await store.close();
      expect(scanDir(dir, needles)).toEqual([]);
      const reopened = await openFileStore(dir);
      expect(await reopened.getCase(VICTIM)).toBeUndefined();
      expect(await reopened.listAnswers("victim-r1")).toEqual([]);
      await expectKept(reopened, kept);
      await reopened.close();
    });
  }

  it("erases answers saved while the deletion runs and keeps every other answer acknowledged meanwhile", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir, { compactAfterBytes: 4000 });
    await seedErasureCases(store);
    const kept = await writeInterleaved(store, 20);
    const late = victimAnswers(30).slice(20);
    const victimSaves = late.map((a) => store.putAnswer(a).then(() => "saved", () => "refused"));
    const keepSaves = Array.from({ length: 40 }, (_, k) => {
      const seat = KEEP_SEATS[k % 4];
      return store.putAnswer(keepAnswer(seat, 5000 + k)).then(() => kept.set(seat, Math.max(kept.get(seat) ?? 0, 5000 + k)));
    });
    await store.deleteCase(VICTIM);
    await Promise.all([...victimSaves, ...keepSaves]);
    expect(scanDir(dir, victimNeedles(victimAnswers(30)))).toEqual([]);
    await expectKept(store, kept);
    await store.close();
    const reopened = await openFileStore(dir);
    await expectKept(reopened, kept);
    await reopened.close();
  });

  it("erases the answers of a deleted round (a rolled-back import) the same way", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await seedErasureCases(store);
    const answers = victimAnswers(12).filter((a) => a.roundId === "victim-r1");
    for (const a of answers) await store.putAnswer(a);
    await store.deleteRound("victim-r1");
    expect(scanDir(dir, [`"victim-r1"`, "Vårrunde-Qz7x", ...victimNeedles(answers).slice(-answers.length - 1, -1)])).toEqual([]);
    expect(scanDir(dir, ["Familierunde-Qz7x"]).length).toBe(1);
    await store.close();
  });
});

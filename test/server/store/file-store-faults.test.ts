// Disk faults give StoreUnavailableError, keep stored data intact and heal; a second open of the directory is refused.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../server/store/file-store.ts";
import { StoreLockedError } from "../../../server/store/lock.ts";
import { StoreUnavailableError } from "../../../server/store/types.ts";
import { faultyFs } from "./faulty-fs.ts";
import { sampleAnswer, sampleCase, sampleMember, seedCaseWithRound } from "./sample-data.ts";
import { tempDir } from "./temp-dir.ts";

describe("file store under disk faults", () => {
  for (const code of ["ENOSPC", "EROFS", "EACCES", "EIO"]) {
    it(`rejects writes with StoreUnavailableError on ${code}, then accepts them again`, async () => {
      const dir = tempDir();
      const fs = faultyFs();
      const store = await openFileStore(dir, { fs, compactAfterBytes: 300 });
      await seedCaseWithRound(store);
      await store.putAnswer(sampleAnswer("r1", "m0", 1));
      fs.fault = code;
      await expect(store.putAnswer(sampleAnswer("r1", "m0", 2))).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.putMember(sampleMember("c1", "m9"))).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.putCase(sampleCase("c2", "Sak-2"))).rejects.toThrow(/unavailable/i);
      expect(await store.getAnswer("r1", "m0")).toEqual(sampleAnswer("r1", "m0", 1));
      expect(await store.getCase("c2")).toBeUndefined();
      fs.fault = undefined;
      await store.putAnswer(sampleAnswer("r1", "m0", 3));
      await store.putAnswer(sampleAnswer("r1", "m1", 4));
      await store.close();
      const reopened = await openFileStore(dir);
      expect(await reopened.getAnswer("r1", "m0")).toEqual(sampleAnswer("r1", "m0", 3));
      expect(await reopened.getAnswer("r1", "m1")).toEqual(sampleAnswer("r1", "m1", 4));
      expect(await reopened.listMembers("c1")).toHaveLength(3);
      await reopened.close();
    });
  }

  it("fails many concurrent writes cleanly during a fault and loses none acknowledged before it", async () => {
    const dir = tempDir();
    const fs = faultyFs();
    const store = await openFileStore(dir, { fs, compactAfterBytes: 2000 });
    await seedCaseWithRound(store, 50);
    await Promise.all(Array.from({ length: 50 }, (_, m) => store.putAnswer(sampleAnswer("r1", `m${m}`, 1))));
    fs.fault = "ENOSPC";
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, m) => store.putAnswer(sampleAnswer("r1", `m${m}`, 2))));
    expect(results.every((r) => r.status === "rejected" && r.reason instanceof StoreUnavailableError)).toBe(true);
    fs.fault = undefined;
    await store.close();
    const reopened = await openFileStore(dir);
    for (const a of await reopened.listAnswers("r1")) expect(a).toEqual(sampleAnswer("r1", a.memberId, 1));
    expect(await reopened.listAnswers("r1")).toHaveLength(50);
    await reopened.close();
  });

  it("cuts off a batch whose fsync failed before writing more, so the log never holds it in the middle", async () => {
    const dir = tempDir();
    const fs = faultyFs();
    const store = await openFileStore(dir, { fs });
    await seedCaseWithRound(store);
    await store.putAnswer(sampleAnswer("r1", "m0", 1));
    Object.assign(fs, { fault: "EIO", syncOnly: true });
    await expect(store.putAnswer(sampleAnswer("r1", "m1", 2))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.getAnswer("r1", "m1")).toBeUndefined();
    Object.assign(fs, { fault: undefined, syncOnly: false });
    await store.putAnswer(sampleAnswer("r1", "m2", 3));
    await store.close();
    const reopened = await openFileStore(dir);
    expect((await reopened.listAnswers("r1")).map((a) => a.memberId).sort()).toEqual(["m0", "m2"]);
    await reopened.close();
  });
});

describe("file store lock", () => {
  it("refuses a second open of the same directory in this process until the first is closed", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await expect(openFileStore(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    await (await openFileStore(dir)).close();
  });

  it("refuses a directory locked by another live process, and takes over a lock left by a dead one", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "laget.lock"), `${process.ppid}\n`);
    await expect(openFileStore(dir)).rejects.toThrow(/in use by another Laget process \(pid \d+\)/);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    writeFileSync(join(dir, "laget.lock"), `${dead}\n`);
    await (await openFileStore(dir)).close();
  });
});

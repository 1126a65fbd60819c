// The file store passes the shared contract and keeps everything across reopen, concurrency and compaction.
import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../server/store/file-store.ts";
import { storeContract } from "./contract.ts";
import { T0, sampleAction, sampleAnswer, seedCaseWithRound, sampleLink, sampleMember, hashOf, sampleUser } from "./sample-data.ts";
import { tempDir } from "./temp-dir.ts";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

storeContract("file", () => openFileStore(tempDir()));

describe("file store durability", () => {
  it("loses nothing from 250 concurrent putAnswer calls (reload and compare)", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await seedCaseWithRound(store, 250);
    const answers = Array.from({ length: 250 }, (_, i) => sampleAnswer("r1", `m${i}`, i, 20));
    await Promise.all(answers.map((a) => store.putAnswer(a)));
    expect(await store.listAnswers("r1")).toHaveLength(250);
    await store.close();
    const reopened = await openFileStore(dir);
    const byMember = new Map((await reopened.listAnswers("r1")).map((a) => [a.memberId, a]));
    for (const a of answers) expect(byMember.get(a.memberId)).toEqual(a);
    await reopened.close();
  });

  it("keeps an answer set's device hash and the family's choice across reopen", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await seedCaseWithRound(store);
    const bound = { ...sampleAnswer("r1", "m0"), deviceHash: hashOf("device"), showInMeeting: false };
    await store.putAnswer(bound);
    await store.close();
    const reopened = await openFileStore(dir);
    expect(await reopened.getAnswer("r1", "m0")).toEqual(bound);
    await reopened.close();
  });

  it("keeps meta, cases, links and actions across reopen", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await store.putUser(sampleUser());
    await seedCaseWithRound(store);
    await store.putLink(sampleLink("r1", "m1"));
    await store.putMember({ ...sampleMember("c1", "m2"), email: "m2@kommune.no" });
    const delivery = { id: "d1", roundId: "r1", memberId: "m1", kind: "link", status: "failed", response: "550 5.1.1 <adresse>: no", at: T0 } as const;
    await store.putDelivery(delivery);
    await store.putAction(sampleAction("c1", "r1"));
    await store.close();
    const reopened = await openFileStore(dir);
    expect(await reopened.listDeliveries("r1")).toEqual([delivery]);
    expect((await reopened.listMembers("c1")).find((m) => m.id === "m2")?.email).toBe("m2@kommune.no");
    expect(await reopened.getUser("u1")).toEqual(sampleUser());
    expect(await reopened.listActions("c1")).toEqual([sampleAction("c1", "r1")]);
    expect(await reopened.getLinkByHash(hashOf("r1/m1"))).toMatchObject({ memberId: "m1" });
    expect(await reopened.listMembers("c1")).toHaveLength(3);
    await reopened.close();
  });

  it("compacts the log into snapshots without losing or reviving answers", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir, { compactAfterBytes: 2000 });
    await seedCaseWithRound(store, 10);
    for (let n = 0; n < 60; n++) await store.putAnswer(sampleAnswer("r1", `m${n % 10}`, n, 5));
    await store.close();
    const files = readdirSync(join(dir, "answers"));
    expect(files).toContain("r1.snap");
    expect(files.filter((f) => f.startsWith("wal-")).length).toBeLessThanOrEqual(2);
    const reopened = await openFileStore(dir, { compactAfterBytes: 2000 });
    for (let m = 0; m < 10; m++) expect(await reopened.getAnswer("r1", `m${m}`)).toEqual(sampleAnswer("r1", `m${m}`, 50 + m, 5));
    await reopened.close();
  });

  it("does not bring back a deleted case's answers after reopen", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir, { compactAfterBytes: 500 });
    await seedCaseWithRound(store);
    for (let n = 0; n < 10; n++) await store.putAnswer(sampleAnswer("r1", "m0", n));
    await store.deleteCase("c1");
    await store.close();
    const reopened = await openFileStore(dir);
    expect(await reopened.listCases()).toEqual([]);
    expect(await reopened.listAnswers("r1")).toEqual([]);
    await reopened.close();
  });

  it("reads a case file written before actions existed as a case without actions", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await seedCaseWithRound(store);
    await store.close();
    const file = join(dir, "cases", "c1.json");
    const { actions, ...older } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(actions).toEqual([]);
    writeFileSync(file, JSON.stringify(older));
    const reopened = await openFileStore(dir);
    expect(await reopened.listActions("c1")).toEqual([]);
    await reopened.putAction(sampleAction("c1", "r1"));
    expect(await reopened.listActions("c1")).toHaveLength(1);
    await reopened.close();
  });
});

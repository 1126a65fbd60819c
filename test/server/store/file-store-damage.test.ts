// Damaged files: a torn log tail is repaired; anything else stops start-up with StoreCorruptError naming the file.
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../server/store/file-store.ts";
import { StoreCorruptError } from "../../../server/store/types.ts";
import { sampleAnswer, seedCaseWithRound } from "./sample-data.ts";
import { tempDir } from "./temp-dir.ts";

/** A closed store with case c1, round r1 and answers of m0..m2 still in the log; returns the dir and log path. */
async function storeWithLog() {
  const dir = tempDir();
  const store = await openFileStore(dir);
  await seedCaseWithRound(store);
  for (let m = 0; m < 3; m++) await store.putAnswer(sampleAnswer("r1", `m${m}`, m));
  await store.close();
  const log = readdirSync(join(dir, "answers")).find((f) => f.startsWith("wal-"))!;
  return { dir, log: join(dir, "answers", log) };
}

/** Expects opening `dir` to fail with StoreCorruptError whose message names `file` (and matches `detail`). */
async function expectCorrupt(dir: string, file: string, detail?: RegExp) {
  const error = await openFileStore(dir).then(
    async (s) => (await s.close(), undefined),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreCorruptError);
  expect((error as StoreCorruptError).message).toContain(file);
  if (detail) expect((error as Error).message).toMatch(detail);
}

describe("file store with damaged files", () => {
  it("drops a torn last log line (never acknowledged) and repairs the log", async () => {
    const { dir, log } = await storeWithLog();
    appendFileSync(log, '812 0123456789abcdef {"roundId":"r1","memberId":"m0","rat');
    const store = await openFileStore(dir);
    expect((await store.listAnswers("r1")).length).toBe(3);
    expect(await store.getAnswer("r1", "m0")).toEqual(sampleAnswer("r1", "m0", 0));
    await store.putAnswer(sampleAnswer("r1", "m1", 5));
    await store.close();
    const reopened = await openFileStore(dir); // loads cleanly: the torn bytes are gone (repaired, then compacted)
    expect(await reopened.getAnswer("r1", "m1")).toEqual(sampleAnswer("r1", "m1", 5));
    await reopened.close();
    expect(readFileSync(join(dir, "answers", "r1.snap"), "utf8")).not.toContain("0123456789abcdef");
  });

  it("drops a complete but garbled last line too", async () => {
    const { dir, log } = await storeWithLog();
    const lines = readFileSync(log, "utf8").split("\n");
    lines[2] = lines[2].replace('"m2"', '"mX"');
    writeFileSync(log, lines.join("\n"));
    const store = await openFileStore(dir);
    expect((await store.listAnswers("r1")).map((a) => a.memberId).sort()).toEqual(["m0", "m1"]);
    await store.close();
  });

  it("refuses a log with a damaged line in the middle, naming file and line", async () => {
    const { dir, log } = await storeWithLog();
    const lines = readFileSync(log, "utf8").split("\n");
    lines[1] = lines[1].replace('"m1"', '"mX"');
    writeFileSync(log, lines.join("\n"));
    await expectCorrupt(dir, log, /line 2/);
  });

  it("refuses a log record that is valid JSON but breaks the schema", async () => {
    const { dir, log } = await storeWithLog();
    const { encodeLine } = await import("../../../server/store/record-lines.ts");
    const bad = JSON.stringify({ ...sampleAnswer("r1", "m1"), ratings: [{ target: "m0", item: "timely", value: 9 }] });
    writeFileSync(log, encodeLine(bad) + readFileSync(log, "utf8"));
    await expectCorrupt(dir, log, /line 1/);
  });

  it("refuses a case file that is not valid JSON, naming it", async () => {
    const { dir } = await storeWithLog();
    const file = join(dir, "cases", "c1.json");
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 40));
    await expectCorrupt(dir, file, /not valid JSON/);
  });

  it("refuses a hand-edited case file that breaks the schema, and a damaged meta.json", async () => {
    const { dir } = await storeWithLog();
    const file = join(dir, "cases", "c1.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"open"', '"opened"'));
    await expectCorrupt(dir, file, /rounds/);
    writeFileSync(file, "{}");
    writeFileSync(join(dir, "meta.json"), "{ users: [] }");
    await expectCorrupt(dir, join(dir, "meta.json"));
  });

  it("refuses a damaged snapshot line (snapshots are written atomically, so no torn tail is allowed)", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir, { compactAfterBytes: 1 });
    await seedCaseWithRound(store);
    for (let m = 0; m < 3; m++) await store.putAnswer(sampleAnswer("r1", `m${m}`, m));
    await store.close();
    const snap = join(dir, "answers", "r1.snap");
    writeFileSync(snap, readFileSync(snap, "utf8").slice(0, -10));
    await expectCorrupt(dir, snap);
  });
});

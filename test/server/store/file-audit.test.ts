// The file store's audit log: kept across restarts, a torn last line dropped, a failed fsync never acknowledged,
// and any change to the files found by verification, which names the first bad entry.
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyAuditRecords } from "../../../domain/audit-chain.ts";
import { readAuditDir } from "../../../server/store/audit/read.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { StoreUnavailableError } from "../../../server/store/types.ts";
import { draft } from "./contract-audit.ts";
import { faultyFs } from "./faulty-fs.ts";
import { tempDir } from "./temp-dir.ts";

/** A data folder with `n` entries in January 2025 and 2 in February. */
async function folderWithLog(n = 5) {
  const dir = tempDir();
  const store = await openFileStore(dir);
  for (let i = 0; i < n; i++) await store.appendAudit(draft(`2025-01-0${i + 1}T10:00:00.000Z`, { caseId: `c${i}` }));
  await store.appendAudit(draft("2025-02-01T10:00:00.000Z"));
  await store.appendAudit(draft("2025-02-02T10:00:00.000Z"));
  await store.close();
  return { dir, jan: join(dir, "audit", "2025-01.log"), feb: join(dir, "audit", "2025-02.log") };
}

const verify = (dir: string) => verifyAuditRecords(readAuditDir(dir));

describe("file store audit log", () => {
  it("writes one file per month and continues the chain after a restart", async () => {
    const { dir } = await folderWithLog();
    expect(readdirSync(join(dir, "audit")).sort()).toEqual(["2025-01.log", "2025-02.log"]);
    const store = await openFileStore(dir);
    const next = await store.appendAudit(draft("2025-02-03T10:00:00.000Z"));
    const [, before] = await store.listAudit({ limit: 2 });
    expect(next).toMatchObject({ seq: 8, prevHash: before.hash });
    await store.close();
    expect(await verify(dir)).toMatchObject({ count: 8, firstBad: null, head: { seq: 8 } });
  });

  it("drops a torn last line (a write that never finished) at start-up", async () => {
    const { dir, feb } = await folderWithLog();
    appendFileSync(feb, '312 0123456789abcdef {"seq":8,"at":"2025-02');
    const store = await openFileStore(dir);
    expect((await store.appendAudit(draft("2025-02-03T10:00:00.000Z"))).seq).toBe(8);
    await store.close();
    expect(await verify(dir)).toMatchObject({ count: 8, firstBad: null });
  });

  it("names the first changed entry, even when its line checksum was fixed up", async () => {
    const { dir, jan } = await folderWithLog();
    const lines = readFileSync(jan, "utf8").split("\n");
    lines[2] = lines[2].replace('"caseId":"c2"', '"caseId":"c9"');
    writeFileSync(jan, lines.join("\n"));
    expect((await verify(dir)).firstBad).toEqual({ where: "audit/2025-01.log line 3", seq: 3, reason: expect.stringMatching(/changed/) });
  });

  it("names the entry after a removed one", async () => {
    const { dir, jan } = await folderWithLog();
    const lines = readFileSync(jan, "utf8").split("\n");
    lines.splice(1, 1);
    writeFileSync(jan, lines.join("\n"));
    expect((await verify(dir)).firstBad).toMatchObject({ where: "audit/2025-01.log line 2", seq: 3, reason: expect.stringMatching(/missing/) });
  });

  it("finds a removed month at the front and a removed month in the middle", async () => {
    const a = await folderWithLog();
    writeFileSync(a.jan, "");
    expect((await verify(a.dir)).firstBad).toMatchObject({ seq: 6, reason: expect.stringMatching(/earlier entries were removed/) });
    const b = await folderWithLog();
    const store = await openFileStore(b.dir);
    await store.appendAudit(draft("2025-03-01T10:00:00.000Z"));
    await store.close();
    writeFileSync(b.feb, "");
    expect((await verify(b.dir)).firstBad).toMatchObject({ where: "audit/2025-03.log line 1", seq: 8 });
  });

  it("finds a rewritten entry whose hash was recomputed: the next entry's prevHash no longer matches", async () => {
    const { dir, jan } = await folderWithLog();
    const { auditHash } = await import("../../../domain/audit-chain.ts");
    const { encodeLine, jsonOfLine } = await import("../../../server/store/record-lines.ts");
    const lines = readFileSync(jan, "utf8").split("\n");
    const entry = JSON.parse(jsonOfLine(`${lines[1]}\n`));
    entry.actor.email = "someone-else@example.no";
    const { hash: _old, ...rest } = entry;
    lines[1] = encodeLine(JSON.stringify({ ...rest, hash: auditHash(rest) })).slice(0, -1);
    writeFileSync(jan, lines.join("\n"));
    expect((await verify(dir)).firstBad).toMatchObject({ where: "audit/2025-01.log line 3", seq: 3, reason: expect.stringMatching(/previous entry/) });
  });

  it("acknowledges no entry whose fsync failed, and continues the chain from the last durable one", async () => {
    const fs = faultyFs();
    const dir = tempDir();
    const store = await openFileStore(dir, { fs });
    const first = await store.appendAudit(draft("2025-01-01T10:00:00.000Z"));
    fs.fault = "EIO";
    fs.syncOnly = true;
    await expect(store.appendAudit(draft("2025-01-01T10:01:00.000Z"))).rejects.toBeInstanceOf(StoreUnavailableError);
    fs.fault = undefined;
    const next = await store.appendAudit(draft("2025-01-01T10:02:00.000Z"));
    expect(next).toMatchObject({ seq: 2, prevHash: first.hash });
    await store.close();
    expect(await verify(dir)).toMatchObject({ count: 2, firstBad: null });
  });
});

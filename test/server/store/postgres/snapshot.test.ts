// Store.snapshot on a real PostgreSQL: one consistent moment across many round trips, while writers go on; no held connection left.
import { afterEach, describe, expect, it } from "vitest";
import type { SnapshotCase } from "../../../../server/store/index.ts";
import { openPostgresStore, type PostgresStore } from "../../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../../postgres/db.ts";
import * as s from "../sample-data.ts";

const open: PostgresStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((st) => st.close()));
});

async function store(options: Parameters<typeof openPostgresStore>[1] = { max: 4 }) {
  const st = await openPostgresStore(await freshDatabase("snap"), options);
  open.push(st);
  return st;
}

/** Case `c<i>` with two members, one round and the answer of m0 carrying `n`. */
async function seedCase(st: PostgresStore, i: number, n: number) {
  await st.putCase(s.sampleCase(`c${i}`, `Sak-${i}`));
  for (const m of ["m0", "m1"]) await st.putMember(s.sampleMember(`c${i}`, m));
  await st.putRound(s.sampleRound(`c${i}`, `r${i}`));
  await st.putAnswer(s.sampleAnswer(`r${i}`, "m0", n));
}

async function readAll(snap: { cases(): AsyncIterable<SnapshotCase> }) {
  const cases: SnapshotCase[] = [];
  for await (const c of snap.cases()) cases.push(c);
  return cases;
}

describe("PostgreSQL snapshot", () => {
  it("reads 120 cases in several round trips as of one moment, while other connections change, add and delete cases", async () => {
    const st = await store();
    for (let i = 0; i < 120; i++) await seedCase(st, i, 1);
    const snap = await st.snapshot();
    // Between the snapshot's batches of 50 cases: new answers, a renamed case, a deleted case, a new case and member.
    await Promise.all([
      ...Array.from({ length: 119 }, (_, i) => st.putAnswer(s.sampleAnswer(`r${i}`, "m0", 2))),
      ...Array.from({ length: 119 }, (_, i) => st.putAnswer(s.sampleAnswer(`r${i}`, "m1", 5))),
      st.putCase({ ...s.sampleCase("c100", "Renamed") }),
      st.deleteCase("c119"),
      seedCase(st, 500, 9),
      st.putMember(s.sampleMember("c7", "m9")),
    ]);
    const cases = await readAll(snap);
    await snap.release();
    expect(snap.caseCount).toBe(120);
    expect(cases.map((c) => c.case.id)).toEqual(Array.from({ length: 120 }, (_, i) => `c${i}`));
    expect(cases[100].case.code).toBe("Sak-100");
    expect(cases[7].members.map((m) => m.id)).toEqual(["m0", "m1"]);
    for (const [i, c] of cases.entries()) {
      expect(c.rounds.map((r) => r.id)).toEqual([`r${i}`]);
      expect(c.answers).toEqual([s.sampleAnswer(`r${i}`, "m0", 1)]);
    }
    // The store moved on.
    expect(await st.getAnswer("r3", "m0")).toEqual(s.sampleAnswer("r3", "m0", 2));
    expect(await st.getCase("c119")).toBeUndefined();
  });

  it("stays readable when held longer than the pool's idle-in-transaction limit (a slow backup reader)", async () => {
    // statementTimeoutMs 150 → the pool ends a transaction idle for 300 ms.
    const st = await store({ max: 2, statementTimeoutMs: 150 });
    await seedCase(st, 1, 3);
    const snap = await st.snapshot();
    await new Promise((r) => setTimeout(r, 900));
    const cases = await readAll(snap);
    await snap.release();
    expect(cases.map((c) => c.answers)).toEqual([[s.sampleAnswer("r1", "m0", 3)]]);
  });

  it("gives its connection back: many snapshots in turn on a pool of two, also ones released unread, and the store still writes", async () => {
    const st = await store({ max: 2, connectTimeoutMs: 1000 });
    await seedCase(st, 1, 1);
    for (let k = 0; k < 6; k++) {
      const snap = await st.snapshot();
      if (k % 2 === 0) await readAll(snap);
      await snap.release();
      await snap.release(); // a second release is harmless
    }
    await st.putAnswer(s.sampleAnswer("r1", "m1", 4));
    expect(await st.listAnswers("r1")).toHaveLength(2);
  });

  it("closing the store ends a snapshot its reader abandoned, instead of waiting for it forever", async () => {
    const st = await store({ max: 2, connectTimeoutMs: 500 });
    await seedCase(st, 1, 1);
    const snap = await st.snapshot();
    const started = Date.now();
    await st.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(readAll(snap)).rejects.toThrow();
    await snap.release();
  });
});

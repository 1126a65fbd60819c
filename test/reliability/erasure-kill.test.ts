// SIGKILL the production server while it deletes a case under concurrent saves: after restart the case is fully there
// or fully gone from every file of the data folder, and every acknowledged answer of the other cases is there.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import type { CaseDoc } from "../../server/store/docs.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import type { Store } from "../../server/store/types.ts";
import { createApiToken, createUser } from "../../server/services/users/index.ts";
import { hashToken } from "../../server/security/tokens.ts";
import { scanDir } from "../server/store/disk-scan.ts";
import { NO_LIMITS, builtServer, decodeRatings, encodedRatings, putAnswer, seededDataDir, startServer, type Seat } from "./helpers.ts";

const KEPT_CASES = 3;
/**
 * When the kill comes: "answered" right after the 204 (those deletions also time how long one takes); a number is
 * that fraction of the longest deletion timed so far, after sending DELETE.
 */
const KILL_AT: ("answered" | number)[] = ["answered", "answered", 0.1, 0.3, 0.5, 0.7, 0.9, 1.1];
const VICTIMS = KILL_AT.length;

interface Ledger {
  acked: number;
  inFlight: number | undefined;
}

/** Gives each victim case distinctive names (code, member labels, round name) to look for on the disk. */
function nameVictims(dir: string) {
  for (let v = KEPT_CASES; v < KEPT_CASES + VICTIMS; v++) {
    const path = join(dir, "cases", `c${v}.json`);
    const doc = JSON.parse(readFileSync(path, "utf8")) as CaseDoc;
    doc.case.code = `Offer-${v}-Qz`;
    doc.members = doc.members.map((m, i) => ({ ...m, label: `Etikett-${v}-${i}-Qz` }));
    doc.rounds = doc.rounds.map((r) => ({ ...r, name: `Runde-${v}-Qz` }));
    writeFileSync(path, JSON.stringify(doc));
  }
}

/** Everything of victim `v` that must not be found on the disk once it is gone. */
function needles(v: number, seats: Seat[]): string[] {
  const own = seats.filter((s) => s.caseId === `c${v}`);
  return [`Offer-${v}-Qz`, `Runde-${v}-Qz`, `"c${v}"`, `"c${v}r1"`, ...own.flatMap((s, i) => [`Etikett-${v}-${i}-Qz`, `"${s.memberId}"`, hashToken(s.token)])];
}

/** Writes the seats one after another until `stop.now`, keeping the ledger of acknowledged and in-flight writes. */
async function writer(url: string, seats: Seat[], ledger: Map<Seat, Ledger>, next: () => number, stop: { now: boolean }) {
  for (let i = 0; !stop.now; i++) {
    const seat = seats[i % seats.length];
    const entry = ledger.get(seat)!;
    const n = next();
    entry.inFlight = n;
    const status = await putAnswer(url, seat, n).catch(() => undefined);
    if (status === undefined) return; // cut by the kill: this write may or may not be on disk
    if (status !== 200) throw new Error(`save answered ${status}`);
    entry.acked = n;
    entry.inFlight = undefined;
  }
}

/** The write number a seat holds in the store (-1 for none), read in the order the ratings were sent. */
async function storedWrite(store: Store, seat: Seat): Promise<number> {
  const answer = await store.getAnswer(seat.roundId, seat.memberId);
  if (!answer) return -1;
  const values = new Map(answer.ratings.map((r) => [`${r.target}/${r.item}`, r.value]));
  return decodeRatings(encodedRatings(seat, 0).map((c) => ({ value: values.get(`${c.target}/${c.item}`) ?? null })));
}

/** A seat holds its last acknowledged write, or the one in flight at the kill (which then counts as acknowledged). */
async function expectLedger(store: Store, seats: Seat[], ledger: Map<Seat, Ledger>) {
  for (const seat of seats) {
    const entry = ledger.get(seat)!;
    const stored = await storedWrite(store, seat);
    if (entry.inFlight !== undefined && stored === entry.inFlight) entry.acked = stored;
    else expect(stored, `answer of ${seat.memberId}`).toBe(entry.acked);
    entry.inFlight = undefined;
  }
}

describe("the server killed in the middle of a case deletion", () => {
  it(`leaves each of ${VICTIMS} cases fully there or fully gone, and loses no other acknowledged answer`, { timeout: 60_000 + VICTIMS * 6000 }, async () => {
    const entry = await builtServer();
    const { dir, seats } = seededDataDir({ cases: KEPT_CASES + VICTIMS, members: 8, answered: 0 });
    nameVictims(dir);
    const setup = await openFileStore(dir);
    const ctx = { store: setup, now: () => new Date() };
    const admin = await createUser(ctx, { email: "admin@laget.test", name: "Admin", role: "admin", password: "correct horse battery" });
    const { token } = await createApiToken(ctx, admin, { name: "erasure test" });
    await setup.close();
    const auth = { authorization: `Bearer ${token}` };

    const ledger = new Map(seats.map((s) => [s, { acked: -1, inFlight: undefined } as Ledger]));
    const kept = seats.filter((s) => Number(s.caseId.slice(1)) < KEPT_CASES);
    let counter = 0;
    const next = () => ++counter;
    const outcomes = { there: 0, gone: 0 };
    let longest = 0;
    const delays: string[] = [];
    for (let cycle = 0; cycle < VICTIMS; cycle++) {
      const v = KEPT_CASES + cycle;
      const own = seats.filter((s) => s.caseId === `c${v}`);
      const server = await startServer({ entry, dataDir: dir, env: { ...NO_LIMITS, COMPACT_AFTER_BYTES: "32768" } });
      // The victim's answers go into the log between the others', then its round closes and it is deleted while the others keep saving.
      const victimStop = { now: false };
      const victimWriters = [0, 1].map((k) => writer(server.url, own.filter((_, i) => i % 2 === k), ledger, next, victimStop));
      const stop = { now: false };
      const writers = [0, 1, 2, 3].map((k) => writer(server.url, kept.filter((_, i) => i % 4 === k), ledger, next, stop));
      await new Promise((r) => setTimeout(r, 150));
      victimStop.now = true;
      await Promise.all(victimWriters);
      const closed = await fetch(`${server.url}/api/rounds/c${v}r1/close`, { method: "POST", headers: auth });
      expect(closed.status).toBe(200);
      const at = KILL_AT[cycle];
      const sent = performance.now();
      const deletion = fetch(`${server.url}/api/cases/c${v}`, { method: "DELETE", headers: auth }).then((r) => r.status, () => undefined);
      if (at === "answered") {
        expect(await deletion).toBe(204);
        longest = Math.max(longest, performance.now() - sent);
      } else await new Promise((r) => setTimeout(r, at * longest));
      delays.push(at === "answered" ? "answered" : `${(at * longest).toFixed(1)} ms`);
      stop.now = true;
      await server.kill();
      const answered = await deletion;
      await Promise.all(writers);

      const store = await openFileStore(dir);
      try {
        const there = (await store.getCase(`c${v}`)) !== undefined;
        if (there) {
          expect(answered, "a deletion that answered 204 is never undone").not.toBe(204);
          expect(await store.listMembers(`c${v}`)).toHaveLength(8);
          await expectLedger(store, own, ledger);
        } else {
          expect(scanDir(dir, needles(v, seats)), `case c${v} after a kill at ${delays.at(-1)} into its deletion`).toEqual([]);
        }
        outcomes[there ? "there" : "gone"]++;
        await expectLedger(store, kept, ledger);
      } finally {
        await store.close();
      }
    }
    console.info(`erasure under SIGKILL: ${VICTIMS} deletions killed at ${delays.join(", ")}; case fully there after ${outcomes.there}, fully gone after ${outcomes.gone}`);
    expect(outcomes.gone).toBeGreaterThan(1);
  });
});

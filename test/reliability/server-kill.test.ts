// SIGKILL the production server at random moments under concurrent submits; after restart every acknowledged answer is there.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  NO_LIMITS, builtServer, decodeRatings, getRatings, postForm, putAnswer, seededDataDir, startServer, type Seat, type ServerProcess,
} from "./helpers.ts";

const CYCLES = Number(process.env.KILL_CYCLES ?? 20);
const CLIENTS = 16;

/** What the test knows about one seat: its last acknowledged write and a write that was in flight at a kill. */
interface SeatLedger {
  acked: number;
  inFlight: number | undefined;
}

/** Each client owns its seats and writes them one after another, so "latest acknowledged" is well defined. */
async function client(url: string, seats: Seat[], ledger: Map<Seat, SeatLedger>, next: () => number, stop: { killed: boolean; acked: number }, form: boolean) {
  for (let i = 0; !stop.killed; i++) {
    const seat = seats[i % seats.length];
    const n = next();
    const entry = ledger.get(seat)!;
    entry.inFlight = n;
    let status: number;
    try {
      status = await (form ? postForm(url, seat, n) : putAnswer(url, seat, n));
    } catch {
      return; // connection reset by the kill: this write may or may not be on disk
    }
    if (status !== (form ? 303 : 200)) throw new Error(`unexpected status ${status}`);
    if (stop.killed) return; // answered while the kill was sent: count it as acknowledged only if it arrived first
    entry.acked = n;
    entry.inFlight = undefined;
    stop.acked++;
  }
}

/** After a restart: each seat holds its last acknowledged write, or the one that was in flight (never an older one). */
async function verify(url: string, seats: Seat[], ledger: Map<Seat, SeatLedger>) {
  let inFlightKept = 0;
  for (const seat of seats) {
    const entry = ledger.get(seat)!;
    const ratings = await getRatings(url, seat);
    expect(new Set(ratings.map((r) => `${r.target}/${r.item}`)).size).toBe(ratings.length); // each cell exactly once
    const stored = decodeRatings(ratings);
    if (entry.inFlight !== undefined && stored === entry.inFlight) {
      inFlightKept++;
      entry.acked = stored;
    } else expect(stored, `answer of ${seat.memberId}`).toBe(entry.acked);
    entry.inFlight = undefined;
  }
  return inFlightKept;
}

describe("the server under SIGKILL", () => {
  it(`keeps every acknowledged answer over ${CYCLES} kills at random moments`, { timeout: 30_000 + CYCLES * 4000 }, async () => {
    const entry = await builtServer();
    const { dir, seats } = seededDataDir({ cases: 4, members: 16, answered: 0 });
    const ledger = new Map(seats.map((s) => [s, { acked: -1, inFlight: undefined } as SeatLedger]));
    // Small log segments: kills also land in rotations, snapshot writes and segment deletions.
    const start = () => startServer({ entry, dataDir: dir, env: { ...NO_LIMITS, COMPACT_AFTER_BYTES: "32768" } });
    let counter = 0;
    const totals = { sent: 0, acked: 0, inFlightKept: 0, kills: 0 };
    let server: ServerProcess = await start();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const stop = { killed: false, acked: 0 };
      const before = [...ledger.values()].reduce((s, e) => s + (e.acked >= 0 ? 1 : 0), 0);
      let sent = 0;
      const next = () => (sent++, ++counter);
      const clients = Array.from({ length: CLIENTS }, (_, c) =>
        client(server.url, seats.filter((_, i) => i % CLIENTS === c), ledger, next, stop, c % 4 === 3),
      );
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 250));
      stop.killed = true;
      await server.kill();
      await Promise.all(clients);
      totals.kills++;
      totals.sent += sent;
      totals.acked += stop.acked;
      expect(sent, "writes were sent before the kill").toBeGreaterThan(0);
      server = await start(); // the store must load after every kill
      totals.inFlightKept += await verify(server.url, seats, ledger);
      expect([...ledger.values()].filter((e) => e.acked >= 0).length).toBeGreaterThanOrEqual(before);
    }
    await server.stop();
    const files = readdirSync(join(dir, "answers"));
    const lastSegment = Math.max(...files.map((f) => Number(/^wal-(\d+)\.log$/.exec(f)?.[1] ?? 0)));
    expect(lastSegment, "log segments were rotated and compacted during the run").toBeGreaterThan(CYCLES);
    console.info(
      `SIGKILL: ${totals.kills} kills, ${totals.sent} writes sent, ${totals.acked} acknowledged (200/303), all present after restart ` +
        `(${totals.inFlightKept} unacknowledged in-flight writes also landed); ${seats.length} seats checked each time; ` +
        `${lastSegment} log segments written, ${files.filter((f) => f.endsWith(".snap")).length} snapshots`,
    );
  });
});

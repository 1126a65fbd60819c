// Respondent load for the PostgreSQL reliability tests: clients that own seats and a ledger of what was acknowledged.
import { openFileStore } from "../../../../server/store/file-store.ts";
import { copyStore } from "../../../../server/store/postgres/copy.ts";
import { openPostgresStore } from "../../../../server/store/postgres/index.ts";
import { decodeRatings, deviceCookie, encodedRatings, getRatings, seededDataDir, type Seat } from "../../../reliability/helpers.ts";

/** Per seat: the last acknowledged write and every write sent since that may or may not have committed. */
export interface SeatLedger {
  acked: number;
  maybe: Set<number>;
}

export interface LoadStats {
  sent: number;
  acked: number;
  /** Status → count of the answers that were not 200. */
  refused: Record<number, number>;
  /** Requests that failed without an HTTP answer (connection reset by a killed server). */
  dropped: number;
  /** Longest time any request took, ms. */
  slowestMs: number;
}

/** Seeds `url` with open rounds and links (cases × members seats, no answers); returns the seats. */
export async function seededDatabase(url: string, shape = { cases: 4, members: 12, answered: 0 }): Promise<Seat[]> {
  const { dir, seats } = seededDataDir(shape);
  const [from, to] = [await openFileStore(dir), await openPostgresStore(url, { max: 2 })];
  try {
    await copyStore(from, to);
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
  return seats;
}

export const newLedger = (seats: Seat[]) => new Map(seats.map((s) => [s, { acked: -1, maybe: new Set<number>() } as SeatLedger]));
export const newStats = (): LoadStats => ({ sent: 0, acked: 0, refused: {}, dropped: 0, slowestMs: 0 });

let counter = 0;

/**
 * One client: writes its seats one after another through `url()` until `stop.now`; every request has a deadline
 * (a hang fails the test). A 200 is recorded as acknowledged only if it came back before the stop.
 */
export async function client(url: () => string, seats: Seat[], ledger: Map<Seat, SeatLedger>, stats: LoadStats, stop: { now: boolean }, deadlineMs = 15_000) {
  for (let i = 0; !stop.now; i++) {
    const seat = seats[i % seats.length];
    const entry = ledger.get(seat)!;
    const n = ++counter;
    entry.maybe.add(n);
    stats.sent++;
    const t0 = performance.now();
    let status: number;
    try {
      const res = await fetch(`${url()}/api/s/${seat.token}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: deviceCookie(seat) },
        body: JSON.stringify({ ratings: encodedRatings(seat, n), submit: true }),
        signal: AbortSignal.timeout(deadlineMs),
      });
      await res.arrayBuffer();
      status = res.status;
    } catch (err) {
      if ((err as Error).name === "TimeoutError") throw new Error(`a save hung for more than ${deadlineMs} ms`, { cause: err });
      stats.dropped++;
      await new Promise((r) => setTimeout(r, 20));
      continue;
    } finally {
      stats.slowestMs = Math.max(stats.slowestMs, performance.now() - t0);
    }
    if (status !== 200) {
      stats.refused[status] = (stats.refused[status] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    if (stop.now) return;
    entry.acked = n;
    entry.maybe.clear();
    stats.acked++;
  }
}

/** Reads every seat through `url`: each holds its last acknowledged write or a later unacknowledged one, never older. */
export async function verifyLedger(url: string, ledger: Map<Seat, SeatLedger>): Promise<{ checked: number; unackedLanded: number }> {
  let unackedLanded = 0;
  for (const [seat, entry] of ledger) {
    const stored = decodeRatings(await getRatings(url, seat));
    if (stored !== entry.acked) {
      if (!entry.maybe.has(stored)) throw new Error(`seat ${seat.memberId}: stored write ${stored}, acknowledged ${entry.acked}`);
      unackedLanded++;
      entry.acked = stored;
    }
    entry.maybe.clear();
  }
  return { checked: ledger.size, unackedLanded };
}

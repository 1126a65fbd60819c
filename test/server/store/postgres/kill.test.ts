// kill -9 of one of two real Laget servers on one PostgreSQL under load: every acknowledged save is there, read through the other.
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../../../postgres/db.ts";
import { NO_LIMITS, builtServer, startServer, type ServerProcess } from "../../../reliability/helpers.ts";
import { client, newLedger, newStats, seededDatabase, verifyLedger } from "./load.ts";

const CYCLES = 3;
const CLIENTS_PER_SERVER = 6;

describe("two servers on PostgreSQL under SIGKILL", () => {
  it(`keeps every acknowledged save over ${CYCLES} kills of one server, as read through the other`, { timeout: 90_000 }, async () => {
    const [entry, url] = await Promise.all([builtServer(), freshDatabase()]);
    const seats = await seededDatabase(url);
    const start = () => startServer({ entry, env: { ...NO_LIMITS, DATABASE_URL: url, DATABASE_POOL_MAX: "6" } });
    let victim: ServerProcess = await start();
    const survivor = await start();
    const ledger = newLedger(seats);
    const stats = newStats();
    let landed = 0;
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const stop = { now: false };
        const acked = stats.acked;
        const clients = Array.from({ length: 2 * CLIENTS_PER_SERVER }, (_, c) => {
          const mine = seats.filter((_, i) => i % (2 * CLIENTS_PER_SERVER) === c);
          const target = c % 2 === 0 ? () => victim.url : () => survivor.url;
          return client(target, mine, ledger, stats, stop);
        });
        await new Promise((r) => setTimeout(r, 150 + Math.random() * 350));
        await victim.kill();
        await new Promise((r) => setTimeout(r, 100)); // the survivor's clients go on while the victim is gone
        stop.now = true;
        await Promise.all(clients);
        expect(stats.acked, "saves were acknowledged in this cycle").toBeGreaterThan(acked);
        landed += (await verifyLedger(survivor.url, ledger)).unackedLanded;
        victim = await start();
      }
      // The restarted server reads the same.
      await verifyLedger(victim.url, ledger);
    } finally {
      await Promise.all([victim.stop(), survivor.stop()]);
    }
    expect(stats.refused).toEqual({});
    console.info(
      `PostgreSQL SIGKILL: ${CYCLES} kills, ${stats.sent} saves sent, ${stats.acked} acknowledged and all present; ` +
        `${stats.dropped} cut off by the kill (${landed} of them landed); ${seats.length} seats checked after each kill`,
    );
  });
});

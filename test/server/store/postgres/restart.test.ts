// PostgreSQL crash-restarted under load behind two real Laget servers: quick 503s while it is down, reconnects, no acknowledged save lost.
import { describe, expect, it } from "vitest";
import { startCluster } from "../../../postgres/cluster.ts";
import { NO_LIMITS, builtServer, startServer } from "../../../reliability/helpers.ts";
import { client, newLedger, newStats, seededDatabase, verifyLedger } from "./load.ts";

const CLIENTS_PER_SERVER = 4;
/** No save may take longer than this, outage or not (the pool's connect and statement timeouts are far below). */
const DEADLINE_MS = 8000;

describe("a PostgreSQL restart under load", () => {
  it("gives 503 rather than a hang while the database is down, reconnects after, and loses no acknowledged save", { timeout: 90_000 }, async () => {
    // Its own server: restarting the test run's shared one would disturb the other test files.
    const [cluster, entry] = await Promise.all([startCluster({ maxConnections: 50 }), builtServer()]);
    try {
      const url = await cluster.createDatabase();
      const seats = await seededDatabase(url);
      const env = { ...NO_LIMITS, DATABASE_URL: url, DATABASE_POOL_MAX: "6" };
      const servers = await Promise.all([startServer({ entry, env }), startServer({ entry, env })]);
      const ledger = newLedger(seats);
      const stats = newStats();
      const stop = { now: false };
      const clients = Array.from({ length: 2 * CLIENTS_PER_SERVER }, (_, c) =>
        client(() => servers[c % 2].url, seats.filter((_, i) => i % (2 * CLIENTS_PER_SERVER) === c), ledger, stats, stop, DEADLINE_MS),
      );
      try {
        // Under load until some saves are acknowledged (up to 20 s on a busy machine), then a little longer.
        const warm = Date.now() + 20_000;
        while (stats.acked < 20 && Date.now() < warm) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 200));
        const beforeCrash = stats.acked;
        await cluster.stop("immediate"); // a crash: the next start recovers from the WAL
        const downAt = stats.sent;
        await new Promise((r) => setTimeout(r, 1000));
        const refusedWhileDown = stats.refused[503] ?? 0;
        const restartAt = performance.now();
        await cluster.start();
        const startMs = performance.now() - restartAt;
        const upAt = stats.acked;
        // Both servers save again without being restarted.
        const deadline = Date.now() + 20_000;
        while (stats.acked === upAt && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        const firstAckMs = performance.now() - restartAt;
        while (stats.acked < upAt + 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        const fortyMs = performance.now() - restartAt;
        stop.now = true;
        await Promise.all(clients);
        expect(beforeCrash, "saves before the crash").toBeGreaterThan(0);
        expect(stats.sent, "saves were tried while the database was down").toBeGreaterThan(downAt);
        expect(refusedWhileDown, "503 while the database was down").toBeGreaterThan(0);
        expect(Object.keys(stats.refused), "only 503, never 500").toEqual(["503"]);
        expect(stats.acked, "saves acknowledged after the restart").toBeGreaterThanOrEqual(upAt + 40);
        for (const s of servers) {
          const res = await fetch(`${s.url}/api/s/${seats[0].token}`);
          expect(res.status, "each server reconnected").toBe(200);
        }
        const { unackedLanded } = await verifyLedger(servers[1].url, ledger);
        console.info(
          `PostgreSQL restart: ${stats.sent} saves sent, ${stats.acked} acknowledged and all present after the crash restart; ` +
            `${stats.refused[503]} answered 503 (${unackedLanded} of the unacknowledged landed); slowest answer ${stats.slowestMs.toFixed(0)} ms; ` +
            `PostgreSQL up after ${startMs.toFixed(0)} ms, first save acknowledged after ${firstAckMs.toFixed(0)} ms, 40 after ${fortyMs.toFixed(0)} ms`,
        );
        expect(stats.slowestMs).toBeLessThan(DEADLINE_MS);
      } finally {
        stop.now = true;
        await Promise.all(clients).catch(() => {});
        await Promise.all(servers.map((s) => s.stop()));
      }
    } finally {
      await cluster.destroy();
    }
  });
});

// SIGTERM on a real server process: in-flight saves finish and are acknowledged, /readyz says 503 while it drains, exit 0, lock released.
import { connect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { NO_LIMITS, builtServer, decodeRatings, encodedRatings, getRatings, putAnswer, seededDataDir, startServer } from "./helpers.ts";

/** A raw HTTP/1.1 connection: send bytes when we choose, read the whole answer once the server closes it. */
function rawConnection(port: number): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve({ socket, answer }));
    let data = "";
    socket.on("data", (d) => (data += d));
    const answer = new Promise<string>((done) => socket.on("close", () => done(data)));
    socket.once("error", reject);
  });
}

/** Resolves true once a new connection to `port` is refused (the server no longer accepts). */
async function refused(port: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => (s.destroy(), resolve(false)));
      s.once("error", () => resolve(true));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
const bodyOf = (answer: string) => answer.slice(answer.indexOf("\r\n\r\n") + 4);

describe("graceful shutdown on SIGTERM", () => {
  it("finishes the saves in flight, answers /readyz 503 while draining, exits 0 within 10 s and releases the lock", { timeout: 90_000 }, async () => {
    const entry = await builtServer();
    const { dir, seats } = seededDataDir({ cases: 2, members: 12, answered: 0 });
    const server = await startServer({ entry, dataDir: dir, env: { ...NO_LIMITS, LOG_FORMAT: "json" } });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    // A save whose request is half sent, and a /readyz whose headers are not finished, both before SIGTERM.
    const slowSeat = seats[0];
    const body = JSON.stringify({ ratings: encodedRatings(slowSeat, 4242), submit: true });
    const save = await rawConnection(server.port);
    save.socket.write(`PUT /api/s/${slowSeat.token} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 100)}`);
    const probe = await rawConnection(server.port);
    probe.socket.write("GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    // Many saves on their way at the moment of the signal.
    const burst = seats.slice(1).map((seat, i) => putAnswer(server.url, seat, 100 + i).then((status) => ({ seat, n: 100 + i, status }), () => ({ seat, n: 100 + i, status: 0 })));
    await new Promise((r) => setTimeout(r, 100));

    const t0 = performance.now();
    const exited = server.stop();
    expect(await refused(server.port, 3_000)).toBe(true); // no longer accepting
    probe.socket.write("\r\n");
    const probeAnswer = await probe.answer;
    expect(statusOf(probeAnswer)).toBe(503);
    expect(JSON.parse(bodyOf(probeAnswer))).toEqual({ ready: false, state: "stopping" });
    expect(probeAnswer.toLowerCase()).toContain("connection: close");
    save.socket.write(body.slice(100));
    const saveAnswer = await save.answer;
    expect(statusOf(saveAnswer)).toBe(200);
    expect(JSON.parse(bodyOf(saveAnswer))).toMatchObject({ submitted: true });

    expect(await exited).toBe(0);
    const tookMs = performance.now() - t0;
    expect(tookMs).toBeLessThan(10_000);
    const results = await Promise.all(burst);
    expect(results.every((r) => r.status === 200 || r.status === 0)).toBe(true); // acknowledged, or never accepted
    const lines = server.output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg: string; status?: number; route?: string });
    expect(lines.some((l) => l.msg.startsWith("SIGTERM, shutting down"))).toBe(true);
    expect(lines.some((l) => l.msg === "stopped: store closed, lock released")).toBe(true);
    expect(lines.some((l) => l.route === "/readyz" && l.status === 503)).toBe(true);

    // The lock is gone: a second server starts at once on the same folder and has every acknowledged save.
    const next = await startServer({ entry, dataDir: dir, env: NO_LIMITS });
    try {
      expect(decodeRatings(await getRatings(next.url, slowSeat))).toBe(4242);
      for (const r of results.filter((x) => x.status === 200)) expect(decodeRatings(await getRatings(next.url, r.seat))).toBe(r.n);
    } finally {
      expect(await next.stop()).toBe(0);
    }
    console.log(`graceful shutdown: exit 0 after ${tookMs.toFixed(0)} ms; ${results.filter((r) => r.status === 200).length}/${results.length} burst saves acknowledged`);
  });

  it("cuts a connection that never finishes its request once the grace period is over, and still exits 0", { timeout: 60_000 }, async () => {
    const entry = await builtServer();
    const { dir, seats } = seededDataDir({ cases: 1, members: 3, answered: 0 });
    const server = await startServer({ entry, dataDir: dir, env: { ...NO_LIMITS, SHUTDOWN_GRACE_MS: "500" } });
    const stuck = await rawConnection(server.port);
    stuck.socket.write(`PUT /api/s/${seats[0].token} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"ratings":`);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    expect(await server.stop()).toBe(0);
    const tookMs = performance.now() - t0;
    expect(tookMs).toBeGreaterThanOrEqual(450);
    expect(tookMs).toBeLessThan(5_000);
    expect(await stuck.answer).toBe(""); // cut without an answer: nothing was saved or acknowledged
    expect(server.output()).toMatch(/requests still open after 500 ms: closing their connections/);
  });
});

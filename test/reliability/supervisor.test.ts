// The supervisor (`npm start`'s primary process) starts the server again after kill -9, and stops for good on SIGTERM or bad settings.
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { NO_LIMITS, builtServer, putAnswer, runToExit, seededDataDir, startServer } from "./helpers.ts";

/** Pids the supervisor reported starting, in order. */
const startedPids = (output: string) => [...output.matchAll(/server started \(pid (\d+)\)/g)].map((m) => Number(m[1]));

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the supervisor", () => {
  it("serves again after the server process is killed, keeps acknowledged answers, and stops on SIGTERM", { timeout: 60_000 }, async () => {
    const primary = join(dirname(await builtServer()), "primary.js");
    const { dir, seats } = seededDataDir({ cases: 1, members: 4, answered: 0 });
    const sup = await startServer({ entry: primary, dataDir: dir, env: NO_LIMITS });
    try {
      const [first] = startedPids(sup.output());
      expect(first).toBeGreaterThan(0);
      expect(first).not.toBe(sup.child.pid);
      expect(await putAnswer(sup.url, seats[0], 7)).toBe(200);

      process.kill(first, "SIGKILL");
      const second = await until("a restarted server", async () => startedPids(sup.output())[1]);
      expect(second).not.toBe(first);
      await until("/healthz after the restart", async () => ((await fetch(`${sup.url}/healthz`).then((r) => r.ok, () => false)) ? true : undefined));
      expect(sup.output()).toMatch(/server stopped \(SIGKILL\); starting it again/);
      const res = await fetch(`${sup.url}/api/s/${seats[0].token}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { submitted: boolean }).submitted).toBe(true);

      expect(await sup.stop()).toBe(0);
      expect(alive(second)).toBe(false);
    } finally {
      await sup.kill();
    }
  });

  it("does not restart a server that refuses its settings (exit code 78)", { timeout: 30_000 }, async () => {
    const primary = join(dirname(await builtServer()), "primary.js");
    const run = await runToExit(primary, { PORT: "not-a-port" });
    expect(run.code).toBe(78);
    expect(startedPids(run.output)).toHaveLength(1);
    expect(run.output).toMatch(/PORT must be a port number/);
    expect(run.output).toMatch(/not restarting/);
  });
});

// Two server processes on one data directory: the second exits non-zero with a clear lock message; stale locks are taken over.
import { describe, expect, it } from "vitest";
import { NO_LIMITS, builtServer, putAnswer, runToExit, seededDataDir, startServer } from "./helpers.ts";

describe("a second server on the same data directory", () => {
  it("refuses to start while the first runs, and starts once it is gone (stopped or killed)", { timeout: 60_000 }, async () => {
    const entry = await builtServer();
    const { dir, seats } = seededDataDir({ cases: 1, members: 4, answered: 0 });
    const first = await startServer({ entry, dataDir: dir, env: NO_LIMITS });
    expect(await putAnswer(first.url, seats[0], 1)).toBe(200);

    const second = await runToExit(entry, { DATA_DIR: dir, PORT: "0", ...NO_LIMITS });
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(new RegExp(`in use by another Laget process \\(pid ${first.child.pid}\\)`));
    expect(second.output).not.toMatch(/listening/);
    expect(await putAnswer(first.url, seats[0], 2)).toBe(200); // the first one is unaffected

    expect(await first.stop()).toBe(0); // graceful stop releases the lock
    const third = await startServer({ entry, dataDir: dir, env: NO_LIMITS });
    expect(await putAnswer(third.url, seats[1], 3)).toBe(200);
    await third.kill(); // SIGKILL leaves a stale lock with a dead pid behind
    const fourth = await startServer({ entry, dataDir: dir, env: NO_LIMITS });
    expect(await putAnswer(fourth.url, seats[1], 4)).toBe(200);
    expect(await fourth.stop()).toBe(0);
  });
});

// `retention list|run` on a data folder: lists the overdue case, erases it from every file, keeps the others.
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../cli/index.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import { scanDir } from "../server/store/disk-scan.ts";
import { KEEP, VICTIM, victimAnswers, victimNeedles } from "../server/store/erasure-data.ts";
import { SOON, retentionFolder } from "../server/retention/setup.ts";

async function cli(...argv: string[]) {
  let out = "";
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (out += t), readFile: () => "" });
  return { code, out };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  vi.unstubAllEnvs();
});

describe("retention CLI", () => {
  it("lists the cases due, erases the overdue one from the folder and leaves the rest", async () => {
    const f = await retentionFolder();
    cleanups.push(f.cleanup);
    // The victim's rounds closed in early 2020: overdue under the default 24 months; the others are not.
    await f.store.putCase({ ...(await f.store.getCase(VICTIM))!, createdAt: "2020-01-01T00:00:00.000Z" });
    for (const r of await f.store.listRounds(VICTIM)) await f.store.putRound({ ...r, createdAt: "2020-01-02T00:00:00.000Z", closedAt: "2020-02-01T00:00:00.000Z" });
    await f.store.putRound({ ...(await f.store.getRound("soon-r1"))!, closedAt: new Date().toISOString() });
    await f.store.close();
    vi.stubEnv("DATA_DIR", f.dir);
    vi.stubEnv("DATABASE_URL", "");

    const list = await cli("retention", "list");
    expect(list.code).toBe(0);
    expect(list.out).toContain("24 months");
    expect(list.out).toContain("2022-02-01  Heimdal / Offer-Qz7x (Skole-Qz7x)");
    expect(list.out).not.toContain("Snart-1");
    expect(list.out).not.toContain("Behold-1");

    const run = await cli("retention", "run");
    expect(run.code).toBe(0);
    expect(run.out).toContain("erased 1 case(s)");
    expect(scanDir(f.dir, victimNeedles(victimAnswers(20)))).toEqual([]);
    const store = await openFileStore(f.dir);
    expect((await store.listCases()).map((c) => c.id).sort()).toEqual([KEEP, SOON]);
    await store.close();

    expect((await cli("retention", "run")).out).toContain("erased 0 case(s)");
    expect((await cli("retention", "list", "--days", "0")).code).toBe(2);
    expect((await cli("retention", "purge")).code).toBe(2);
  });
});

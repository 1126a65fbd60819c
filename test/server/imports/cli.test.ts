// `npm run cli -- import FILE --case CODE [--round] [--dry-run]` against a file store in a temp DATA_DIR.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../cli/index.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { SEED3 } from "./helpers.ts";

const io = () => {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), readFile: () => "" } };
};

const saved = process.env.DATA_DIR;
afterEach(() => void (process.env.DATA_DIR = saved));

describe("cli import", () => {
  it("dry-runs, imports, refuses a duplicate and a bad file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "laget-import-"));
    process.env.DATA_DIR = dir;
    const store = await openFileStore(dir);
    await store.putCase({ id: "c1", code: "Sak-7", district: "Heimdal", unit: "", createdAt: new Date().toISOString() });
    await store.close();

    const dry = io();
    expect(await main(["import", SEED3, "--case", "Sak-7", "--dry-run"], dry.io)).toBe(0);
    expect(dry.out.stdout).toMatch(/would import .* as round "case-3"[\s\S]*new member FORÆ[\s\S]*16 pair scores/);
    const real = io();
    expect(await main(["import", SEED3, "--case", "Sak-7", "--round", "Høst 2023"], real.io)).toBe(0);
    expect(await main(["import", SEED3, "--case", "Sak-7"], io().io)).toBe(2);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "rater\\rated;PPT;HEGE\nPPT;;9\n");
    const refused = io();
    expect(await main(["import", bad, "--case", "Sak-7"], refused.io)).toBe(2);
    expect(refused.out.stderr).toMatch(/line 2, column 3: 9 is outside 1–5/);

    const reopened = await openFileStore(dir);
    const rounds = await reopened.listRounds("c1");
    expect(rounds.map((r) => r.name)).toEqual(["Høst 2023"]);
    expect(await reopened.getPairScores(rounds[0].id)).toHaveLength(16);
    await reopened.close();
  });
});

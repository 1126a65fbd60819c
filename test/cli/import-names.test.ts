// `import`: names from the command line and from the file pass the same door as typed ones (bidi, national ids, formulas).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import { fnr } from "../domain/fnr.ts";

const saved = process.env.DATA_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = saved;
});

async function run(args: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await main(args, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), readFile: () => "" });
  return { code, ...out };
}

describe("cli import: names at the door", () => {
  it("refuses a round name with a text-direction control or a national id, and a file whose labels hold one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "laget-names-"));
    process.env.DATA_DIR = join(dir, "data");
    const store = await openFileStore(process.env.DATA_DIR);
    await store.putCase({ id: "c1", code: "Sak-1", district: "Heimdal", unit: "", createdAt: new Date().toISOString() });
    await store.close();
    const file = join(dir, "m.csv");
    writeFileSync(file, "rater\\rated,PPT,HEGE\nPPT,,4\nHEGE,3,\n");
    const bidi = await run(["import", file, "--case", "Sak-1", "--round", "Høst\u202E2026", "--dry-run"]);
    expect([bidi.code, bidi.stderr]).toEqual([2, expect.stringMatching(/round name cannot be used: must not contain text-direction control characters \(U\+202E/)]);
    const id = fnr("010190");
    const national = await run(["import", file, "--case", "Sak-1", "--round", `Høst ${id.slice(0, 6)}-${id.slice(6)}`, "--dry-run"]);
    expect(national.stderr).toMatch(/national id number/);
    const labels = join(dir, "l.csv");
    writeFileSync(labels, "rater\\rated,PPT,HEGE Kari\u200B\nPPT,,4\n");
    expect((await run(["import", labels, "--case", "Sak-1", "--dry-run"])).stderr).toMatch(/line 1, column 3: the label must not contain invisible zero-width characters/);
    const ok = await run(["import", file, "--case", "Sak-1", "--round", "=Høst 2026", "--dry-run"]);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/as round "=Høst 2026"/)]);
  });
});

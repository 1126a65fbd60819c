// The backup and restore commands in-process: a stopped data folder is read directly; a held one needs the server and a token.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../cli/index.ts";
import { openFileStore } from "../../../server/store/index.ts";
import { tempDir } from "../store/temp-dir.ts";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["DATA_DIR", "LAGET_URL", "LAGET_TOKEN", "PORT"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

/** Runs the CLI; returns the exit code and everything printed. */
async function run(...argv: string[]) {
  let out = "";
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), readFile: () => "" };
  return { code: await main(argv, io), out };
}

describe("backup and restore commands", () => {
  it("back up a stopped data folder directly, check the copy, and restore it", async () => {
    const dataDir = tempDir("laget-data-");
    const store = await openFileStore(dataDir);
    await store.putCase({ id: "c1", code: "Sak", district: "Heimdal", unit: "", createdAt: "2025-01-01T00:00:00.000Z" });
    await store.close();
    process.env.DATA_DIR = dataDir;
    const backupDir = join(tempDir("laget-backup-"), "b");
    const backup = await run("backup", backupDir);
    expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/from the data folder \(no server running\)\n {2}0 users, 1 cases/) });
    expect(await run("restore", backupDir, "--check")).toMatchObject({ code: 0, out: expect.stringContaining("a whole backup of") });
    expect(await run("restore", backupDir)).toMatchObject({ code: 1, out: expect.stringContaining("is not empty; restore into an empty folder, or add --force") });
    process.env.DATA_DIR = join(tempDir("laget-target-"), "data");
    expect(await run("restore", backupDir)).toMatchObject({ code: 0, out: expect.stringContaining("1 cases") });
    expect(readdirSync(join(process.env.DATA_DIR, "cases"))).toEqual(["c1.json"]);
    expect(await run("backup", backupDir)).toMatchObject({ code: 1, out: expect.stringContaining("is not empty; give a new folder") });
  });

  it("with the folder held by a server: asks for a token, and names the server it could not reach", async () => {
    const dataDir = tempDir("laget-data-");
    const held = await openFileStore(dataDir);
    try {
      process.env.DATA_DIR = dataDir;
      const dir = join(tempDir("laget-backup-"), "b");
      expect(await run("backup", dir)).toMatchObject({ code: 2, out: expect.stringContaining("set LAGET_TOKEN to an admin's API token") });
      process.env.LAGET_TOKEN = "x";
      process.env.PORT = "9"; // discard: nothing listens
      expect(await run("backup", dir)).toMatchObject({ code: 1, out: expect.stringContaining("cannot reach the server at http://127.0.0.1:9") });
      expect(await run("restore", dir)).toMatchObject({ code: 1, out: expect.stringContaining("has no backup.json") });
    } finally {
      await held.close();
    }
  });
});

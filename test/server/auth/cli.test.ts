// `user add|list` and `token create` against a real file store in a temp DATA_DIR; the token then authenticates over HTTP.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../cli/index.ts";
import { createApp } from "../../../server/app.ts";
import { DEFAULT_CONFIG } from "../../../server/deps.ts";
import { openFileStore } from "../../../server/store/index.ts";

const dir = mkdtempSync(join(tmpdir(), "laget-cli-"));
process.env.DATA_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readFile: () => "" });
  return { code, out, err };
}

/** Every file in the data directory, concatenated. */
function dump(root: string): string {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
    .join("\n");
}

describe("user and token commands", () => {
  it("adds and lists users, refuses bad input, creates a token that works as Bearer and is stored only hashed", async () => {
    expect((await cli("user", "add", "--email", "Fasi@Laget.test", "--name", "Fasi", "--role", "facilitator", "--password", "long enough pw", "--districts", "Heimdal, Lerkendal")).code).toBe(0);
    const dup = await cli("user", "add", "--email", "fasi@laget.test", "--name", "F", "--role", "admin", "--password", "long enough pw");
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/exists already/);
    expect((await cli("user", "add", "--email", "x@laget.test", "--name", "X", "--role", "boss", "--password", "long enough pw")).code).toBe(2);
    expect((await cli("user", "add", "--email", "y@laget.test", "--name", "Y", "--role", "admin", "--password", "short")).code).toBe(2);
    const list = await cli("user", "list");
    expect(list.out).toMatch(/fasi@laget\.test\s+Fasi\s+facilitator\s+Heimdal,Lerkendal\s+active/);
    expect(list.out).not.toContain("scrypt");

    const created = await cli("token", "create", "--email", "fasi@laget.test", "--name", "script");
    expect(created.code).toBe(0);
    const token = created.out.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(dump(dir)).not.toContain(token);
    expect((await cli("token", "create", "--email", "nobody@laget.test", "--name", "x")).code).toBe(2);

    const store = await openFileStore(dir);
    try {
      const app = createApp({ store, config: DEFAULT_CONFIG, now: () => new Date() });
      const res = await app.request("/api/cases", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ code: "Sak 7", district: "Heimdal" }) });
      expect(res.status).toBe(201);
    } finally {
      await store.close();
    }
  });
});

// Backup through POST /api/admin/backup into a folder, its checks, and restore into a data folder: the same data, analyses and logins.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../server/demo/index.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { createApiToken } from "../../../server/services/users/index.ts";
import { BackupError, writeBackup } from "../../../server/store/backup/write.ts";
import { restoreBackup, verifyBackup } from "../../../server/store/backup/restore.ts";
import { openFileStore, type Store } from "../../../server/store/index.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { seedFiles } from "../../seeds.ts";
import { sampleRelease } from "../store/sample-data.ts";
import { tempDir } from "../store/temp-dir.ts";
import { addUsers, makeApp, type TestApp } from "../api/helpers.ts";

let t: TestApp;
let adminToken: string;

beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  const demo = await seedDemo(serviceContext(t.deps), seedFiles());
  for (const link of demo.links.filter((l) => l.form === "team").slice(0, 2)) {
    const token = link.url.split("/s/")[1];
    const state = (await (await t.app.request(`/api/s/${token}`)).json()) as { targets: { id: string }[] };
    const ratings = state.targets.flatMap((x) => RC7_V1.items.map((i, k) => ({ target: x.id, item: i.id, value: k === 3 ? null : ((k + x.id.length) % 5) + 1 })));
    expect((await t.app.request(`/api/s/${token}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ratings, submit: true }) })).status).toBe(200);
  }
  adminToken = (await createApiToken(serviceContext(t.deps), (await t.deps.store.getUserByEmail("admin@laget.test"))!, { name: "backup" })).token;
});

/** The lines of the backup answer. */
async function backupLines(token = adminToken): Promise<string[]> {
  const res = await t.app.request("/api/admin/backup", { method: "POST", headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
  expect(res.headers.get("cache-control")).toBe("no-store");
  return (await res.text()).split("\n").filter((l) => l !== "");
}

/** Everything a store lists, for comparing two stores (cases by id: a reloaded file store lists them in file order). */
async function contents(store: Store) {
  const cases = [];
  for (const c of (await store.listCases()).sort((a, b) => a.id.localeCompare(b.id))) {
    const rounds = [];
    for (const r of await store.listRounds(c.id)) {
      const answers = (await store.listAnswers(r.id)).sort((a, b) => a.memberId.localeCompare(b.memberId));
      rounds.push({ r, links: await store.listLinks(r.id), pairs: await store.getPairScores(r.id), answers });
    }
    cases.push({ c, members: await store.listMembers(c.id), rounds });
  }
  const users = await store.listUsers();
  const tokens = await Promise.all(users.map((u) => store.listApiTokens(u.id)));
  return { users, tokens, settings: await store.getSettings(), release: await store.getRelease(), cases };
}

describe("POST /api/admin/backup", () => {
  it("is for admins only: 401 without credentials, 403 for other roles and for a session without the CSRF header", async () => {
    expect((await t.app.request("/api/admin/backup", { method: "POST" })).status).toBe(401);
    const fasi = await t.login("fasi@laget.test");
    expect((await t.call("POST", "/api/admin/backup", { auth: fasi })).status).toBe(403);
    const admin = await t.login("admin@laget.test");
    expect((await t.call("POST", "/api/admin/backup", { auth: admin, csrf: false })).status).toBe(403);
    expect((await t.call("POST", "/api/admin/backup", { auth: admin })).status).toBe(200);
  });

  it("streams header, meta, cases with their answers and the counts, without sessions", async () => {
    const lines = (await backupLines()).map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
    expect(Object.keys(lines[0])).toEqual(["header"]);
    expect(lines[0].header).toMatchObject({ format: "laget-backup", version: 1 });
    expect(Object.keys(lines[1])).toEqual(["meta"]);
    expect(Object.keys(lines[1].meta).sort()).toEqual(["apiTokens", "settings", "users"]);
    expect(Object.keys(lines.at(-1)!)).toEqual(["end"]);
    const cases = await t.deps.store.listCases();
    expect(lines.filter((l) => "case" in l)).toHaveLength(cases.length);
    // Two answer sets saved above; the seed cases' imported rounds hold pair scores, not answer sets.
    expect(lines.at(-1)!.end).toMatchObject({ counts: { users: 4, cases: cases.length, answerSets: 2 } });
  });
});

describe("backup folder and restore", () => {
  it("writes a folder that restores into an empty data folder with the same data, analyses and API tokens", async () => {
    await t.deps.store.putRelease(sampleRelease(["r1"]));
    const dir = tempDir("laget-backup-");
    const manifest = await writeBackup(dir, await backupLines());
    expect(readdirSync(dir).sort()).toEqual(["answers", "backup.json", "cases", "meta.json", "release.json"]);
    expect(await verifyBackup(dir)).toEqual(manifest);
    const dataDir = join(tempDir("laget-restore-"), "data");
    await restoreBackup(dir, dataDir);
    const restored = await openFileStore(dataDir);
    try {
      expect(await contents(restored)).toEqual(await contents(t.deps.store));
      expect(await restored.getRelease()).toEqual(sampleRelease(["r1"])); // the published aggregate release too
      const other = makeApp();
      other.deps.store = restored;
      for (const { id: caseId } of await t.deps.store.listCases()) {
        for (const r of await t.deps.store.listRounds(caseId)) {
          const a = await t.call("GET", `/api/rounds/${r.id}/analysis?includeDrafts=true`, { auth: { bearer: adminToken } });
          const b = await other.call("GET", `/api/rounds/${r.id}/analysis?includeDrafts=true`, { auth: { bearer: adminToken } });
          expect([b.status, await b.json()]).toEqual([a.status, await a.json()]);
        }
      }
      expect((await other.call("GET", "/api/auth/me", { auth: { bearer: adminToken } })).status).toBe(200); // tokens come back
    } finally {
      await restored.close();
    }
  });

  it("refuses an incomplete stream, a stream of something else and a folder that is not empty, and leaves nothing behind", async () => {
    const lines = await backupLines();
    const dir = tempDir("laget-backup-");
    await expect(writeBackup(dir, lines.slice(0, -2))).rejects.toThrow(/ended early/);
    expect(readdirSync(dir)).toEqual([]);
    await expect(writeBackup(dir, ['{"hello":1}'])).rejects.toThrow(BackupError);
    const endless = [...lines.slice(0, -1), JSON.stringify({ end: { counts: { users: 1, apiTokens: 0, cases: 0, members: 0, rounds: 0, links: 0, answerSets: 0, ratings: 0 } } })];
    await expect(writeBackup(dir, endless)).rejects.toThrow(/do not match/);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, "x"), "");
    await expect(writeBackup(dir, lines)).rejects.toThrow(/not empty/);
  });

  it("finds a changed, missing or extra file in a backup, and a restore then writes nothing", async () => {
    const dir = tempDir("laget-backup-");
    await writeBackup(dir, await backupLines());
    const snap = readdirSync(join(dir, "answers"))[0];
    const path = join(dir, "answers", snap);
    const original = readFileSync(path, "utf8");
    writeFileSync(path, original.replace(/"submitted":true/, '"submitted":fals'));
    await expect(verifyBackup(dir)).rejects.toThrow(/changed or damaged/);
    const dataDir = tempDir("laget-restore-");
    await expect(restoreBackup(dir, dataDir)).rejects.toThrow(/changed or damaged/);
    expect(readdirSync(dataDir)).toEqual([]);
    writeFileSync(path, original);
    writeFileSync(join(dir, "cases", "stray.json"), "{}");
    await expect(verifyBackup(dir)).rejects.toThrow(/not listed: cases\/stray.json/);
  });

  it("refuses a data folder that holds data unless --force, which moves its contents aside; refuses while a server holds the folder", async () => {
    const dir = tempDir("laget-backup-");
    await writeBackup(dir, await backupLines());
    const dataDir = tempDir("laget-restore-");
    const running = await openFileStore(dataDir);
    await running.putCase({ id: "old", code: "Old", district: "X", unit: "", createdAt: "2025-01-01T00:00:00.000Z" });
    await expect(restoreBackup(dir, dataDir, { force: true })).rejects.toThrow(/already open|in use/);
    await running.close();
    await expect(restoreBackup(dir, dataDir)).rejects.toThrow(/not empty.*--force/);
    const { replacedTo } = await restoreBackup(dir, dataDir, { force: true, now: new Date("2025-05-01T12:00:00Z") });
    expect(replacedTo).toBe(join(dataDir, "replaced-2025-05-01T12-00-00-000Z"));
    expect(readdirSync(join(replacedTo!, "cases"))).toEqual(["old.json"]);
    const restored = await openFileStore(dataDir);
    try {
      expect(await contents(restored)).toEqual(await contents(t.deps.store));
    } finally {
      await restored.close();
    }
  });
});

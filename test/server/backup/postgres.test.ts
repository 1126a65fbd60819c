// Backup and restore with DATABASE_URL: the CLI reads a live PostgreSQL store in one snapshot and restores into an empty database.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../cli/index.ts";
import { restoreBackup } from "../../../server/store/backup/restore.ts";
import { openFileStore, type Store } from "../../../server/store/index.ts";
import { openPostgresStore } from "../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../postgres/db.ts";
import * as s from "../store/sample-data.ts";
import { tempDir } from "../store/temp-dir.ts";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["DATA_DIR", "DATABASE_URL", "LAGET_URL", "LAGET_TOKEN"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

async function run(...argv: string[]) {
  let out = "";
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), readFile: () => "" };
  return { code: await main(argv, io), out };
}

/** Everything a store lists, cases by id (a data folder lists them in file order). */
async function contents(store: Store) {
  const cases = [];
  for (const c of (await store.listCases()).sort((a, b) => a.id.localeCompare(b.id))) {
    const rounds = [];
    for (const r of await store.listRounds(c.id)) {
      rounds.push({ r, links: await store.listLinks(r.id), pairs: await store.getPairScores(r.id), answers: await store.listAnswers(r.id) });
    }
    cases.push({ c, members: await store.listMembers(c.id), rounds });
  }
  const users = await store.listUsers();
  return { users, tokens: await Promise.all(users.map((u) => store.listApiTokens(u.id))), settings: await store.getSettings(), release: await store.getRelease(), cases };
}

async function seed(store: Store) {
  await store.putUser(s.sampleUser());
  await store.putApiToken({ id: "t1", userId: "u1", name: "cli", tokenHash: s.hashOf("tok"), createdAt: s.T0 });
  await store.putSession(s.sampleSession("u1", "k"));
  await s.seedCaseWithRound(store, 4);
  for (const m of ["m0", "m1", "m2"]) await store.putLink(s.sampleLink("r1", m));
  await store.putPairScores("r1", [{ rater: "m0", target: "m1", score: 3.5 }]);
  for (const [i, m] of ["m0", "m1", "m2"].entries()) await store.putAnswer(s.sampleAnswer("r1", m, i, 12));
  await store.putCase(s.sampleCase("c2", "Sak-2"));
  await store.putRelease(s.sampleRelease(["r1"]));
}

describe("backup and restore with DATABASE_URL", () => {
  it("backs up the live database without stopping it, and restores into an empty database and into a data folder alike", async () => {
    const sourceUrl = await freshDatabase("bsrc");
    const live = await openPostgresStore(sourceUrl, { max: 4 });
    try {
      await seed(live);
      const want = await contents(live);
      process.env.DATABASE_URL = sourceUrl;
      const dir = join(tempDir("laget-backup-"), "b");
      // The server's own store stays open and keeps writing while the command reads.
      const [backup] = await Promise.all([run("backup", dir), live.putAnswer(s.sampleAnswer("r1", "m3", 8, 12))]);
      expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/from the database in DATABASE_URL\n {2}1 users, 2 cases, 1 rounds, 4 members, 3 links, [34] answer sets/) });
      const answered = (await contents(live)).cases[0].rounds[0].answers.length;
      expect(answered).toBe(4);

      process.env.DATABASE_URL = await freshDatabase("bdst");
      const restored = await run("restore", dir);
      expect(restored).toMatchObject({ code: 0, out: expect.stringContaining("into the database in DATABASE_URL: 1 users, 2 cases, 1 rounds") });
      expect(restored.out).toContain("read back and compared: identical");
      expect(want.release).toEqual(s.sampleRelease(["r1"]));
      const target = await openPostgresStore(process.env.DATABASE_URL, { max: 2 });
      let got;
      try {
        got = await contents(target);
        expect(await target.getSession(s.hashOf("k"))).toBeUndefined();
      } finally {
        await target.close();
      }
      // The backup holds the three answers from before, and the fourth only if it was committed before the snapshot.
      const inBackup = got.cases[0].rounds[0].answers;
      expect(inBackup.slice(0, 3)).toEqual(want.cases[0].rounds[0].answers);
      if (inBackup.length === 4) expect(inBackup[3]).toEqual(s.sampleAnswer("r1", "m3", 8, 12));
      expect({ ...got, cases: got.cases.map((c, i) => (i === 0 ? { ...c, rounds: [{ ...c.rounds[0], answers: inBackup.slice(0, 3) }] } : c)) }).toEqual(want);

      // The same folder restores into a data folder with the same contents.
      const dataDir = join(tempDir("laget-data-"), "data");
      await restoreBackup(dir, dataDir);
      const file = await openFileStore(dataDir);
      try {
        expect(await contents(file)).toEqual(got);
      } finally {
        await file.close();
      }

      // A database that holds data is refused, and keeps its data; --force is for folders only.
      const again = await run("restore", dir);
      expect(again).toMatchObject({ code: 1, out: expect.stringContaining("the database is not empty") });
      expect(await run("restore", dir, "--force")).toMatchObject({ code: 2, out: expect.stringContaining("--force is for a data folder") });
      const still = await openPostgresStore(process.env.DATABASE_URL, { max: 2 });
      try {
        expect(await contents(still)).toEqual(got);
      } finally {
        await still.close();
      }
    } finally {
      await live.close();
    }
  });
});

// Online backup of a real server under concurrent saves: wipe, restore, and the same answers (every acknowledged one) and analyses.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import type { Case, Member, Round } from "../../domain/index.ts";
import { createApp } from "../../server/app.ts";
import { seedDemo } from "../../server/demo/index.ts";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { hashToken } from "../../server/security/tokens.ts";
import type { ServiceContext } from "../../server/services/context.ts";
import { createApiToken, createUser } from "../../server/services/users/index.ts";
import { createMemoryStore, openFileStore } from "../../server/store/index.ts";
import { REPO_DIR, seedFiles } from "../seeds.ts";
import { NO_LIMITS, builtServer, decodeRatings, deviceCookie, encodedRatings, getRatings, seededDataDir, startServer, tempDir, type Seat } from "./helpers.ts";

/** Runs the CLI (`npm run cli -- …`) to its end. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], { cwd: REPO_DIR, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => resolve({ code, out }));
  });
}

/**
 * The analysis of a round by a fresh app over a memory store that holds the round's case as the restored server lists it
 * and, for each seat, write `n` saved through the same PUT as under load.
 */
async function independentAnalysis(url: string, auth: Record<string, string>, roundId: string, seats: Seat[], nOf: Map<Seat, number>) {
  const get = async (path: string) => (await fetch(`${url}${path}`, { headers: auth })).json();
  const { round } = (await get(`/api/rounds/${roundId}`)) as { round: Round };
  const { case: kase, members } = (await get(`/api/cases/${round.caseId}`)) as { case: Case; members: Member[] };
  const deps = { store: createMemoryStore(), config: DEFAULT_CONFIG, now: () => new Date() };
  await deps.store.putCase(kase);
  for (const m of members) await deps.store.putMember(m);
  await deps.store.putRound(round);
  const app = createApp(deps);
  for (const seat of seats) {
    await deps.store.putLink({ roundId, memberId: seat.memberId, tokenHash: hashToken(seat.token), issuedAt: round.createdAt, openedAt: null });
    const n = nOf.get(seat)!;
    const body = JSON.stringify({ ratings: encodedRatings(seat, n), submit: n % 3 !== 0 });
    expect((await app.request(`/api/s/${seat.token}`, { method: "PUT", headers: { "content-type": "application/json" }, body })).status).toBe(200);
  }
  const ctx: ServiceContext = { store: deps.store, now: deps.now, baseUrl: "http://laget.test" };
  await createUser(ctx, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
  const { token } = await createApiToken(ctx, (await ctx.store.getUserByEmail("admin@laget.test"))!, { name: "check" });
  return (await app.request(`/api/rounds/${roundId}/analysis?includeDrafts=true`, { headers: { authorization: `Bearer ${token}` } })).json();
}

interface Write {
  n: number;
  sentAt: number;
  ackedAt?: number;
}

const PASSWORD = "a long admin password";

describe("backup while the server takes saves", () => {
  it("backs up under load, restores into a wiped folder, and has every answer acknowledged before the backup began, whole", { timeout: 180_000 }, async () => {
    const entry = await builtServer();
    const { dir: dataDir, seats } = seededDataDir({ cases: 12, members: 8, answered: 0 });
    // An admin with an API token, and the demo data (imported rounds with pair scores, an open round), before the start.
    const seeding = await openFileStore(dataDir);
    const ctx: ServiceContext = { store: seeding, now: () => new Date(), baseUrl: "http://laget.test" };
    await createUser(ctx, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
    const { token } = await createApiToken(ctx, (await ctx.store.getUserByEmail("admin@laget.test"))!, { name: "backup" });
    await seedDemo(ctx, seedFiles());
    await seeding.close();

    const env = { ...NO_LIMITS, COMPACT_AFTER_BYTES: "65536" }; // compactions run during the load and the backup too
    const server = await startServer({ entry, dataDir, env });
    const auth = { authorization: `Bearer ${token}` };
    const api = async (url: string, path: string) => {
      const res = await fetch(`${url}${path}`, { headers: auth });
      expect(res.status, path).toBe(200);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const roundIds = async (url: string) => {
      const { cases } = (await api(url, "/api/cases")) as { cases: { id: string }[] };
      const rounds = await Promise.all(cases.map(async (c) => ((await api(url, `/api/cases/${c.id}`)) as { rounds: { id: string }[] }).rounds.map((r) => r.id)));
      return rounds.flat().sort();
    };
    const analysis = (url: string, roundId: string) => api(url, `/api/rounds/${roundId}/analysis?includeDrafts=true`);
    const loaded = new Set(seats.map((s) => s.roundId));
    const quiet = (await roundIds(server.url)).filter((id) => !loaded.has(id));
    const before = new Map(await Promise.all(quiet.map(async (id) => [id, await analysis(server.url, id)] as const)));

    // Load: 16 clients, each saving its seats in turn with ever larger write numbers, until told to stop.
    const writes = new Map<Seat, Write[]>(seats.map((s) => [s, []]));
    let next = 1;
    let stop = false;
    const save = async (seat: Seat) => {
      const w: Write = { n: next++, sentAt: performance.now() };
      writes.get(seat)!.push(w);
      const res = await fetch(`${server.url}/api/s/${seat.token}`, {
        method: "PUT", headers: { "content-type": "application/json", cookie: deviceCookie(seat) }, body: JSON.stringify({ ratings: encodedRatings(seat, w.n), submit: w.n % 3 !== 0 }),
      });
      await res.arrayBuffer();
      if (res.status === 200) w.ackedAt = performance.now();
      else throw new Error(`save ${w.n}: ${res.status}`);
    };
    for (const seat of seats) await save(seat); // every seat has an acknowledged answer before the load starts
    const clients = Array.from({ length: 16 }, async (_, k) => {
      for (let i = k; !stop; i = (i + 16) % seats.length) await save(seats[i]);
    });
    await new Promise((r) => setTimeout(r, 500));

    const backupDir = join(tempDir("laget-backup-"), "backup");
    const startedAt = performance.now();
    const backup = await cli(["backup", backupDir], { LAGET_URL: server.url, LAGET_TOKEN: token, DATA_DIR: dataDir });
    const endedAt = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(clients);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(new RegExp(`from the server at ${server.url}`));
    const acked = [...writes.values()].flat().filter((w) => w.ackedAt !== undefined);
    const duringBackup = acked.filter((w) => w.ackedAt! > startedAt && w.sentAt < endedAt).length;
    expect(duringBackup).toBeGreaterThan(0); // saves were really acknowledged while the backup ran
    const manifest = JSON.parse(readFileSync(join(backupDir, "backup.json"), "utf8")) as { counts: { answerSets: number } };
    expect(manifest.counts.answerSets).toBe(seats.length); // the demo rounds hold no answers yet

    // Stop, wipe, restore into the same path, start again.
    expect(await server.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
    const restore = await cli(["restore", backupDir], { DATA_DIR: dataDir });
    expect(restore.code, restore.out).toBe(0);
    const again = await startServer({ entry, dataDir, env: NO_LIMITS });
    try {
      const restoredN = new Map<Seat, number>();
      for (const seat of seats) {
        const ratings = await getRatings(again.url, seat);
        const n = decodeRatings(ratings);
        restoredN.set(seat, n);
        const mine = writes.get(seat)!;
        const lastAckedBefore = Math.max(...mine.filter((w) => w.ackedAt! < startedAt).map((w) => w.n));
        // The latest write acknowledged before the backup began, or one that was on its way while the backup ran ...
        expect(n, `seat ${seat.memberId}`).toBeGreaterThanOrEqual(lastAckedBefore);
        expect(mine.some((w) => w.n === n && w.sentAt < endedAt), `seat ${seat.memberId}: ${n} was never sent before the backup ended`).toBe(true);
        // ... and whole: exactly the set that write sent.
        expect(ratings).toEqual(encodedRatings(seat, n));
      }
      for (const [id, result] of before) expect(await analysis(again.url, id), `round ${id}`).toEqual(result);
      // The loaded rounds' analyses equal those of a fresh app given exactly the answers the test sent.
      for (const roundId of loaded) {
        const expected = await independentAnalysis(again.url, auth, roundId, seats.filter((s) => s.roundId === roundId), restoredN);
        expect(await analysis(again.url, roundId), `round ${roundId}`).toEqual(expected);
      }
    } finally {
      expect(await again.stop()).toBe(0);
    }
    console.log(`backup under load: ${acked.length} saves acknowledged, ${duringBackup} while the backup ran (${(endedAt - startedAt).toFixed(0)} ms); restored ${seats.length} seats whole`);
  });
});

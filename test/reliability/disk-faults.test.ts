// Disk full / read-only / permission denied / failing fsync: 503 with a clear JSON message, recovery, nothing damaged.
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import type { Store } from "../../server/store/types.ts";
import { faultyFs } from "../server/store/faulty-fs.ts";
import { decodeRatings, deviceCookie, encodedRatings, seededDataDir, type Seat } from "./helpers.ts";

const FAULTS = [
  { name: "disk full", code: "ENOSPC", syncOnly: false },
  { name: "read-only file system", code: "EROFS", syncOnly: false },
  { name: "permission denied", code: "EACCES", syncOnly: false },
  { name: "fsync fails (data written, never durable)", code: "EIO", syncOnly: true },
];

/** The app over a file store on a fault-injecting fs, with a helper to save and read one seat's answer. */
async function faultyApp(dir: string) {
  const fs = faultyFs();
  const store = await openFileStore(dir, { fs, compactAfterBytes: 4096 });
  const config = { ...DEFAULT_CONFIG, surveyLimits: { writesPerLinkPerMinute: 10_000, requestsPerIpPerMinute: 100_000 } };
  const app = createApp({ store, config, now: () => new Date() });
  const put = (seat: Seat, n: number) =>
    app.request(`/api/s/${seat.token}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: deviceCookie(seat) },
      body: JSON.stringify({ ratings: encodedRatings(seat, n), submit: true }),
    });
  const post = (seat: Seat, n: number) =>
    app.request(`/s/${seat.token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", cookie: deviceCookie(seat) },
      body: ["action=submit", ...encodedRatings(seat, n).map((r) => `r.${r.target}.${r.item}=${r.value ?? "na"}`)].join("&"),
    });
  const read = async (seat: Seat) => decodeRatings((await (await app.request(`/api/s/${seat.token}`, { headers: { cookie: deviceCookie(seat) } })).json()).ratings);
  return { fs, store, app, put, post, read };
}

/** Every stored answer of every round, as comparable text. */
async function snapshot(store: Store, seats: Seat[]): Promise<string> {
  const rounds = [...new Set(seats.map((s) => s.roundId))];
  const all = await Promise.all(rounds.map((r) => store.listAnswers(r)));
  return JSON.stringify(all.map((list) => list.sort((a, b) => a.memberId.localeCompare(b.memberId))));
}

describe("the server on a failing disk", () => {
  for (const fault of FAULTS) {
    it(`answers 503 on ${fault.name} (${fault.code}), keeps running, recovers, damages nothing`, async () => {
      const { dir, seats } = seededDataDir({ cases: 2, members: 6, answered: 0.5 });
      const [a, b, c] = seats.slice(3);
      const s = await faultyApp(dir);
      expect((await s.put(a, 101)).status).toBe(200);
      const before = await snapshot(s.store, seats);

      s.fs.fault = fault.code;
      s.fs.syncOnly = fault.syncOnly;
      for (let n = 0; n < 3; n++) {
        const res = await s.put(b, 200 + n);
        expect(res.status).toBe(503);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("store_unavailable");
        expect(body.error.message).toMatch(/not saved/i);
      }
      expect((await s.put(a, 102)).status).toBe(503);
      expect((await s.post(c, 300)).status).toBe(503);
      expect((await s.app.request("/healthz")).status).toBe(200); // still serving
      expect(await s.read(a)).toBe(101); // reads keep working; the failed write changed nothing
      expect(await snapshot(s.store, seats)).toBe(before);

      s.fs.fault = undefined;
      s.fs.syncOnly = false;
      expect((await s.put(b, 210)).status).toBe(200);
      expect((await s.post(c, 310)).status).toBe(303);
      await s.store.close();

      const reopened = await openFileStore(dir); // a healthy disk: everything loads, only acknowledged writes exist
      const after = JSON.parse(await snapshot(reopened, seats)) as { memberId: string; ratings: { value: number | null }[] }[][];
      const byMember = new Map(after.flat().map((x) => [x.memberId, decodeRatings(x.ratings)]));
      expect(byMember.get(a.memberId)).toBe(101);
      expect(byMember.get(b.memberId)).toBe(210);
      expect(byMember.get(c.memberId)).toBe(310);
      const untouched = (JSON.parse(before) as { memberId: string }[][]).flat().filter((x) => ![a, b, c].some((s) => s.memberId === x.memberId));
      for (const old of untouched) expect(after.flat()).toContainEqual(old);
      await reopened.close();
    });
  }
});

// Shared helpers of the reliability tests: a production build of the server, a seeded data dir, answer encoding.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { ITEMS, deviceCookie, writeDataDir, type DataDirShape, type Seat } from "../../bench/data-dir.ts";
import { buildServer } from "../../scripts/build-server.ts";

export { NO_LIMITS, startServer, runToExit, type ServerProcess } from "../../bench/server-process.ts";
export { deviceCookie, type Seat } from "../../bench/data-dir.ts";

/** A temp dir (under `parent`, default the OS temp dir) removed when the current test finishes. */
export function tempDir(prefix = "laget-rel-", parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Bundles the server for the current test (same build as `npm run build:server`); returns the entry. The bundle
 * lives under node_modules/.cache so that its npm imports resolve, and each test gets its own (files run in parallel).
 */
export async function builtServer(): Promise<string> {
  const cache = join(import.meta.dirname, "../../node_modules/.cache");
  return buildServer(join(tempDir("laget-build-", cache), "index.js"));
}

/** A data dir with open rounds and a link per member; `answered` of the members already answered. */
export function seededDataDir(shape: DataDirShape = { cases: 4, members: 15, answered: 0 }): { dir: string; seats: Seat[] } {
  const dir = tempDir();
  return { dir, seats: writeDataDir(dir, shape).seats };
}

const DIGITS = 10; // 5^10 ≈ 9.8 M distinct write numbers

/** A complete rating set that encodes `n` in its first cells (base 5), so a reader can tell which write it sees. */
export function encodedRatings(seat: Seat, n: number) {
  const cells = seat.targets.flatMap((target) => ITEMS.map((item) => ({ target, item })));
  return cells.map((c, k) => ({ ...c, value: k < DIGITS ? (Math.floor(n / 5 ** k) % 5) + 1 : k % 7 === 0 ? null : 3 }));
}

/** The write number of a rating set from {@link encodedRatings} (in the instrument's order), or -1 for none. */
export function decodeRatings(ratings: { value: number | null }[]): number {
  if (ratings.length === 0) return -1;
  return ratings.slice(0, DIGITS).reduce((n, r, k) => n + ((r.value ?? 1) - 1) * 5 ** k, 0);
}

/** PUT /api/s/:token with write `n`; resolves with the status. */
export async function putAnswer(url: string, seat: Seat, n: number): Promise<number> {
  const res = await fetch(`${url}/api/s/${seat.token}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: deviceCookie(seat) },
    body: JSON.stringify({ ratings: encodedRatings(seat, n), submit: true }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** POST /s/:token (the HTML form) with write `n`; resolves with the status (303 on success). */
export async function postForm(url: string, seat: Seat, n: number): Promise<number> {
  const fields = encodedRatings(seat, n).map((r) => `r.${r.target}.${r.item}=${r.value ?? "na"}`);
  const res = await fetch(`${url}/s/${seat.token}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: url, cookie: deviceCookie(seat) },
    body: ["action=submit", ...fields].join("&"),
  });
  await res.arrayBuffer();
  return res.status;
}

/** GET /api/s/:token from the seat's browser: the stored ratings (throws on a non-200). */
export async function getRatings(url: string, seat: Seat): Promise<{ target: string; item: string; value: number | null }[]> {
  const res = await fetch(`${url}/api/s/${seat.token}`, { headers: { cookie: deviceCookie(seat) } });
  if (res.status !== 200) throw new Error(`GET ${seat.memberId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { ratings: { target: string; item: string; value: number | null }[] }).ratings;
}

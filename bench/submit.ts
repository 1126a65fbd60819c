// Submit bench: the production server on a 1 M-rating store under 200 connections (PUT API and form POST), beside a bare-Hono ceiling.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildServer } from "../scripts/build-server.ts";
import { MILLION, deviceCookie, ratingsFor, writeDataDir, type Seat } from "./data-dir.ts";
import { runLoad, type LoadFigures, type LoadRequest } from "./load.ts";
import { NO_LIMITS, startServer, type ServerProcess } from "./server-process.ts";

export const CONNECTIONS = 200;
/** The node flags `npm start` gives the server (server/primary.ts); keep the two in step. BENCH_NODE_FLAGS replaces them (e.g. an older tree's). */
export const SERVER_NODE_FLAGS = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? ["--max-semi-space-size=32", "--max-old-space-size=224"];
/** Targets of the submit path: durable saves per second, p99 latency, server RSS. */
export const TARGETS = { savesPerSec: 10_000, p99Ms: 20, rssMb: 300 };

/** One load run: the load figures, the server's CPU per request and peak RSS, and `uptime` just before it. */
export interface Run extends LoadFigures {
  cpuUsPerReq?: number;
  rssPeakMb?: number;
  uptime: string;
}

/** Everything one submit bench measures. */
export interface SubmitFigures {
  tool: string;
  connections: number;
  seconds: number;
  ratings: number;
  links: number;
  ceilingGet: Run;
  ceilingPut: Run;
  health: Run;
  state: Run;
  put: Run;
  form: Run;
  startMs: number;
  rssStartMb: number;
  rssPeakMb: number;
  diskMb: number;
}

/** `uptime` as printed (load averages over 1/5/15 min; 4 other jobs may share this 2-core machine). */
export const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();

/** PUT /api/s/:token with a full, submitted rating set. */
export const putRequest = (seat: Seat): LoadRequest => ({
  method: "PUT",
  path: `/api/s/${seat.token}`,
  headers: { "content-type": "application/json", cookie: deviceCookie(seat) },
  body: JSON.stringify({ ratings: ratingsFor(seat, 1), submit: true }),
});

/** POST /s/:token as the no-JavaScript form sends it (same-origin). */
export const formRequest = (origin: string) => (seat: Seat): LoadRequest => ({
  method: "POST",
  path: `/s/${seat.token}`,
  headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie: deviceCookie(seat) },
  body: ["action=submit", ...ratingsFor(seat, 2).map((r) => `r.${r.target}.${r.item}=${r.value}`)].join("&"),
});

/** Links the load cycles through: a third of the members of every case (3 500 links for the 1 M store). */
export const loadSeats = (seats: Seat[]) => seats.filter((_, i) => i % 3 === 0);

/** Bytes of every file under `dir`. */
function diskBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Runs a load against `server`, with CPU per request and the RSS peak while it runs. */
async function measured(server: ServerProcess, requests: LoadRequest[], seconds: number): Promise<Run> {
  const up = uptime();
  const cpu0 = server.cpuMs();
  let peak = server.rssMb();
  const figures = await runLoad({ url: server.url, connections: CONNECTIONS, durationSec: seconds, requests, onTick: () => (peak = Math.max(peak, server.rssMb())) });
  return { ...figures, cpuUsPerReq: ((server.cpuMs() - cpu0) * 1000) / Math.max(1, figures.requests), rssPeakMb: peak, uptime: up };
}

/** Sends one request and checks its status, so that the load's "status ≥ 400 is a failure" rule is not all we rely on. */
async function expectStatus(url: string, r: LoadRequest, status: number): Promise<void> {
  const res = await fetch(url + r.path, { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== status) throw new Error(`${r.method} ${r.path}: expected ${status}, got ${res.status}`);
}

/**
 * Builds the server (or takes the bundle `entry`, e.g. of another checkout), writes a 1 M-rating data dir and
 * measures the ceiling and the submit endpoints.
 */
export async function measureSubmit(seconds = Number(process.env.BENCH_SECONDS ?? 10), entry?: string): Promise<SubmitFigures> {
  entry ??= await buildServer();
  const dir = mkdtempSync(join(tmpdir(), "laget-bench-submit-"));
  try {
    const { seats, ratings } = writeDataDir(dir, MILLION);
    const used = loadSeats(seats);
    const puts = used.map(putRequest);
    const probeSeconds = Math.min(5, seconds);

    const ceilingServer = await startServer({ entry: resolve(import.meta.dirname, "ceiling-server.ts"), nodeArgs: ["--import", "tsx", ...SERVER_NODE_FLAGS] });
    const ceilingGet = await measured(ceilingServer, [{ method: "GET", path: "/json" }], probeSeconds);
    const ceilingPut = await measured(ceilingServer, puts.map((r) => ({ ...r, path: "/json" })), probeSeconds);
    await ceilingServer.stop();

    const server = await startServer({ entry, dataDir: dir, env: NO_LIMITS, nodeArgs: SERVER_NODE_FLAGS });
    const rssStartMb = server.rssMb();
    const forms = used.map(formRequest(server.url));
    await expectStatus(server.url, puts[0], 200);
    await expectStatus(server.url, forms[0], 303);
    const health = await measured(server, [{ method: "GET", path: "/healthz" }], probeSeconds);
    const state = await measured(server, used.map((s) => ({ method: "GET", path: `/api/s/${s.token}`, headers: { cookie: deviceCookie(s) } })), probeSeconds);
    const put = await measured(server, puts, seconds);
    const form = await measured(server, forms, seconds);
    await server.stop();
    return {
      tool: put.tool, connections: CONNECTIONS, seconds, ratings, links: used.length,
      ceilingGet, ceilingPut, health, state, put, form,
      startMs: server.startMs, rssStartMb, rssPeakMb: Math.max(put.rssPeakMb ?? 0, form.rssPeakMb ?? 0), diskMb: diskBytes(dir) / 2 ** 20,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Submission bench: the production server on a 1 M-rating store under 200 connections (PUT API and form POST), vs bare Hono.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildServer } from "../scripts/build-server.ts";
import { MILLION, ratingsFor, writeDataDir, type Seat } from "./data-dir.ts";
import { runLoad, type LoadFigures, type LoadRequest } from "./load.ts";
import { NO_LIMITS, startServer, type ServerProcess } from "./server-process.ts";
import { targetRow, type BenchRow } from "./types.ts";

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The node flags of `npm start` (package.json); keep the two in step. */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=16", "--max-old-space-size=224"];

/** Cycles through the seats so consecutive requests use different tokens. */
export function rotating(seats: Seat[], request: (seat: Seat) => LoadRequest): () => LoadRequest {
  const cache = new Map<Seat, LoadRequest>();
  let i = 0;
  return () => {
    const seat = seats[i++ % seats.length];
    let r = cache.get(seat);
    if (!r) cache.set(seat, (r = request(seat)));
    return r;
  };
}

/** PUT /api/s/:token with a full, submitted rating set. */
export const putRequest = (seat: Seat): LoadRequest => ({
  method: "PUT",
  path: `/api/s/${seat.token}`,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ ratings: ratingsFor(seat, 1), submit: true }),
});

const formRequest = (origin: string) => (seat: Seat): LoadRequest => {
  const fields = ratingsFor(seat, 2).map((r) => `r.${r.target}.${r.item}=${r.value}`);
  return {
    method: "POST",
    path: `/s/${seat.token}`,
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: ["action=submit", ...fields].join("&"),
  };
};

/** Bytes of every file under `dir`. */
function diskBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

const f1 = (v: number) => v.toFixed(1);
/** "p50 … · p95 … · max … ms; ceiling p99 …" with p50 and p95 also as multiples of the ceiling's. */
function latencyDetails(l: LoadFigures, ceiling: LoadFigures): string {
  const x = (a: number, b: number) => `${f1(a)} (×${f1(a / b)})`;
  return `p50 ${x(l.p50Ms, ceiling.p50Ms)} · p95 ${x(l.p95Ms, ceiling.p95Ms)} · max ${f1(l.maxMs)} ms; ceiling p99 ${f1(ceiling.p99Ms)}`;
}

/** Load figures plus the server's CPU time per request (independent of how busy the shared machine is). */
type Measured = LoadFigures & { cpuUsPerReq: number };

/** Runs `load` against `server` and adds its CPU microseconds per request. */
async function withCpu(server: ServerProcess, load: Promise<LoadFigures>): Promise<Measured> {
  const before = server.cpuMs();
  const figures = await load;
  return { ...figures, cpuUsPerReq: ((server.cpuMs() - before) * 1000) / Math.max(1, figures.requests) };
}

/** A reference row: throughput with latency and CPU per request in the details. */
const infoRow = (name: string, m: Measured) =>
  targetRow(name, m.perSec, "req/s", undefined, `p50 ${f1(m.p50Ms)} · p95 ${f1(m.p95Ms)} · p99 ${f1(m.p99Ms)} ms; server CPU ${m.cpuUsPerReq.toFixed(0)} µs/req`, { ...m });

/** Rows for one submission endpoint: throughput, p99, failures. */
function endpointRows(label: string, l: Measured, ceiling: Measured): Omit<BenchRow, "module">[] {
  const cpu = `server CPU ${l.cpuUsPerReq.toFixed(0)} µs/req (ceiling ${ceiling.cpuUsPerReq.toFixed(0)})`;
  const share = `${((100 * l.perSec) / ceiling.perSec).toFixed(0)} % of ceiling ${ceiling.perSec.toFixed(0)}/s; ${cpu}; ${l.requests} requests`;
  return [
    targetRow(`${label}: durable submits/s`, l.perSec, "req/s", { min: 10_000 }, share, { ...l }),
    targetRow(`${label}: latency p99`, l.p99Ms, "ms", { max: 20 }, latencyDetails(l, ceiling)),
    targetRow(`${label}: errors + unexpected status`, l.failures, "", { max: 0 }, `status ${JSON.stringify(l.statusCounts)}`),
  ];
}

export async function measure(): Promise<Omit<BenchRow, "module">[]> {
  const entry = await buildServer();
  const dir = mkdtempSync(join(tmpdir(), "laget-bench-http-"));
  try {
    let t = performance.now();
    const { seats, ratings } = writeDataDir(dir, MILLION);
    const prefillMs = performance.now() - t;

    const ceilingServer = await startServer({ entry: resolve(import.meta.dirname, "ceiling-server.ts"), nodeArgs: ["--import", "tsx"] });
    /** A short reference load (not a target) against `on`. */
    const probe = (on: ServerProcess, next: () => LoadRequest) =>
      withCpu(on, runLoad({ url: on.url, connections: CONNECTIONS, durationSec: Math.min(4, SECONDS), next, okStatus: () => true }));
    const ceiling = await probe(ceilingServer, () => ({ method: "GET", path: "/json" }));
    const ceilingBody = await probe(ceilingServer, rotating(seats, (s) => ({ ...putRequest(s), path: "/json" })));
    await ceilingServer.stop();

    const server = await startServer({ entry, dataDir: dir, env: NO_LIMITS, nodeArgs: SERVER_NODE_FLAGS });
    const rssStart = server.rssMb();
    let rssPeak = rssStart;
    const onTick = () => (rssPeak = Math.max(rssPeak, server.rssMb()));
    const health = await probe(server, () => ({ method: "GET", path: "/healthz" }));
    const state = await probe(server, rotating(seats, (s) => ({ method: "GET", path: `/api/s/${s.token}` })));
    const put = await withCpu(server, runLoad({ url: server.url, connections: CONNECTIONS, durationSec: SECONDS, next: rotating(seats, putRequest), onTick }));
    const formLoad = runLoad({
      url: server.url, connections: CONNECTIONS, durationSec: SECONDS, next: rotating(seats, formRequest(server.url)), onTick,
      okStatus: (s) => s === 303,
    });
    const form = await withCpu(server, formLoad);
    const rssEnd = server.rssMb();
    t = performance.now();
    const exitCode = await server.stop();
    const stopMs = performance.now() - t;
    const bytes = diskBytes(dir);
    return [
      infoRow("ceiling: bare Hono GET JSON", ceiling),
      infoRow("bare Hono PUT, parses the same 5 KB JSON body", ceilingBody),
      infoRow("Laget GET /healthz (global middleware only)", health),
      infoRow("Laget GET /api/s/:token (link lookup + state)", state),
      targetRow(`start-up, ${seats.length} links, ${(ratings / 1e6).toFixed(2)} M ratings`, server.startMs, "ms", undefined, `RSS after start ${f1(rssStart)} MB; generating the data dir took ${prefillMs.toFixed(0)} ms`),
      ...endpointRows("PUT /api/s/:token (JSON)", put, ceiling),
      ...endpointRows("POST /s/:token (form → 303)", form, ceiling),
      targetRow("server RSS, peak under load", rssPeak, "MB", { max: 300 }, `at end ${f1(rssEnd)} MB; node ${SERVER_NODE_FLAGS.join(" ")}`),
      targetRow("store size on disk after the run", bytes / 2 ** 20, "MB", undefined, `graceful stop ${stopMs.toFixed(0)} ms, exit code ${exitCode}`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL bench (`npm run bench -- postgres`): durable saves with one and two Laget instances on one database, and aggregates over 20 000 cases.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { buildServer } from "../scripts/build-server.ts";
import { createUser } from "../server/services/users/index.ts";
import { openPostgresStore } from "../server/store/postgres/index.ts";
import { startCluster, type Cluster } from "../test/postgres/cluster.ts";
import { MILLION } from "./data-dir.ts";
import { runLoad, type LoadFigures } from "./load.ts";
import { loadAggregateData, loadSubmitData } from "./postgres-data.ts";
import { NO_LIMITS, startServer } from "./server-process.ts";
import { CONNECTIONS, loadSeats, putRequest, SERVER_NODE_FLAGS, uptime } from "./submit.ts";
import { targetRow, type BenchRow } from "./types.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const AGGREGATE_CASES = Number(process.env.BENCH_AGGREGATE_CASES ?? 20_000);
/** `BENCH_POSTGRES=aggregates` runs only the aggregate part (no save load). */
const ONLY_AGGREGATES = process.env.BENCH_POSTGRES === "aggregates";
/** Connections per instance: two instances stay well inside the test server's max_connections (300). */
const POOL = "40";

const f1 = (v: number) => v.toFixed(1);

/** Bytes per row of a table (heap, TOAST and indexes). */
async function bytesPerRow(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`select pg_total_relation_size('${table}')::float8 / greatest(count(*), 1) as b from ${table}`);
    return rows[0].b as number;
  } finally {
    await client.end();
  }
}

/** Saves through `instances` servers at once, CONNECTIONS split between them; figures summed (rate) and worst (latency). */
async function saves(cluster: Cluster, entry: string, instances: number): Promise<{ load: LoadFigures; bytesPerSet: number; ratings: number }> {
  const url = await cluster.createDatabase("bench");
  const { seats, ratings } = await loadSubmitData(url, MILLION);
  const bytesPerSet = await bytesPerRow(url, "answers"); // before the load leaves dead row versions for vacuum
  const env = { ...NO_LIMITS, DATABASE_URL: url, DATABASE_POOL_MAX: POOL };
  const servers = await Promise.all(Array.from({ length: instances }, () => startServer({ entry, env, nodeArgs: SERVER_NODE_FLAGS })));
  try {
    // The links the submit bench cycles through (a third of every case), split between the instances.
    const puts = loadSeats(seats).map(putRequest);
    const share = (i: number) => puts.filter((_, k) => k % instances === i);
    const runs = await Promise.all(
      servers.map((s, i) => runLoad({ url: s.url, connections: CONNECTIONS / instances, durationSec: SECONDS, requests: share(i) })),
    );
    const sum = (k: "requests" | "perSec" | "failures") => runs.reduce((n, r) => n + r[k], 0);
    const worst = (k: "p50Ms" | "p95Ms" | "p99Ms" | "maxMs") => Math.max(...runs.map((r) => r[k]));
    const statusCounts: Record<string, number> = {};
    for (const r of runs) for (const [s, c] of Object.entries(r.statusCounts)) statusCounts[s] = (statusCounts[s] ?? 0) + c;
    const load = { tool: runs[0].tool, requests: sum("requests"), perSec: sum("perSec"), failures: sum("failures"), p50Ms: worst("p50Ms"), p95Ms: worst("p95Ms"), p99Ms: worst("p99Ms"), maxMs: worst("maxMs"), statusCounts };
    return { load, bytesPerSet, ratings };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

function saveRows(label: string, l: LoadFigures): Omit<BenchRow, "module">[] {
  return [
    targetRow(`${label}: durable saves/s`, l.perSec, "req/s", undefined, `${l.requests} saves, ${CONNECTIONS} connections, ${SECONDS} s, ${l.tool}; ${uptime()}`, { ...l }),
    targetRow(`${label}: latency p99`, l.p99Ms, "ms", undefined, `p50 ${f1(l.p50Ms)} · p95 ${f1(l.p95Ms)} · max ${f1(l.maxMs)} ms (worst instance)`),
    targetRow(`${label}: errors + unexpected status`, l.failures, "", { max: 0 }, `status ${JSON.stringify(l.statusCounts)}`),
  ];
}

/**
 * Aggregates over AGGREGATE_CASES closed rounds, as an admin of a real server process started as `npm start` starts
 * it (same V8 heap limits): publishing a release (the first one derives every round, the next reuses the derived
 * results), then GET /api/aggregates served from it.
 */
async function aggregates(cluster: Cluster, entry: string): Promise<Omit<BenchRow, "module">[]> {
  const url = await cluster.createDatabase("bench_agg");
  const t = performance.now();
  const data = await loadAggregateData(url, AGGREGATE_CASES);
  const loadMs = performance.now() - t;
  const password = "bench password 1";
  const store = await openPostgresStore(url, { max: 2 });
  try {
    await createUser({ store, now: () => new Date() }, { email: "admin@laget.bench", name: "Admin", role: "admin", districts: [], password });
  } finally {
    await store.close();
  }
  const server = await startServer({ entry, env: { DATABASE_URL: url, DATABASE_POOL_MAX: POOL }, nodeArgs: SERVER_NODE_FLAGS });
  try {
    const login = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.bench", password }) });
    const cookie = /laget_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const timed = async (method: "GET" | "POST", path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}${path}`, { method, headers: { cookie: `laget_session=${cookie}`, "x-csrf-token": csrfToken } });
      const body = (await res.json()) as { total?: { cases: number | null }; current?: { cells: number } };
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t0, body };
    };
    const cold = await timed("POST", "/api/aggregates/releases");
    const warm: number[] = [];
    let last = cold;
    for (let i = 0; i < 3; i++) {
      last = await timed("POST", "/api/aggregates/releases");
      warm.push(last.ms);
    }
    const median = async (query: string) => {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push((await timed("GET", `/api/aggregates${query}`)).ms);
      return runs.sort((a, b) => a - b)[2];
    };
    const [total, byDistrict, filtered] = [await median(""), await median("?by=district"), await median("?by=unit&district=Bydel%201")];
    const perSet = await bytesPerRow(url, "answers");
    const scale = `${AGGREGATE_CASES} cases × 8 members, ${data.answerSets} answer sets, ${(data.ratings / 1e6).toFixed(2)} M ratings`;
    const sorted = [...warm].sort((a, b) => a - b);
    return [
      targetRow(`aggregates, ${AGGREGATE_CASES} cases: publish a release (derived results reused)`, sorted[1], "ms", { max: 2000 }, `median of 3 (${warm.map((ms) => ms.toFixed(0)).join(", ")} ms), a server process with ${SERVER_NODE_FLAGS.join(" ")}; ${scale}; ${last.body.current?.cells} cells; ${uptime()}`),
      targetRow(`aggregates, ${AGGREGATE_CASES} cases: first release (derives every round)`, cold.ms, "ms", undefined, `loading the data took ${(loadMs / 1000).toFixed(0)} s`),
      targetRow(`aggregates, ${AGGREGATE_CASES} cases: total from the release`, total, "ms", { max: 2000 }, "median of 5"),
      targetRow(`aggregates, ${AGGREGATE_CASES} cases: by district`, byDistrict, "ms", { max: 2000 }, "median of 5"),
      targetRow(`aggregates, ${AGGREGATE_CASES} cases: one district by unit`, filtered, "ms", { max: 2000 }, "median of 5"),
      targetRow("PostgreSQL bytes per answer set (49 ratings)", perSet, "B", undefined, "pg_total_relation_size(answers) / rows, with indexes and TOAST"),
    ];
  } finally {
    await server.stop();
  }
}

export async function measure(): Promise<Omit<BenchRow, "module">[]> {
  const [entry, cluster] = await Promise.all([buildServer(), startCluster({ maxConnections: 300 })]);
  try {
    if (ONLY_AGGREGATES) return await aggregates(cluster, entry);
    const one = await saves(cluster, entry, 1);
    const two = await saves(cluster, entry, 2);
    return [
      ...saveRows("PostgreSQL, 1 instance, PUT /api/s/:token", one.load),
      ...saveRows("PostgreSQL, 2 instances, PUT /api/s/:token", two.load),
      targetRow("PostgreSQL bytes per answer set (98 ratings)", one.bytesPerSet, "B", undefined, `${(one.ratings / 1e6).toFixed(2)} M ratings stored before the run`),
      ...(await aggregates(cluster, entry)),
    ];
  } finally {
    await cluster.destroy();
  }
}

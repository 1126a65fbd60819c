// Profiler for the submit path: the PUT (or form) load against the production server with --cpu-prof, an event-loop-delay
// histogram and GC pauses (perf_hooks) recorded inside the server.
// Env: SMALL=1 for a 50-case store, NOPROF=1 to skip --cpu-prof, FORM=1 for the form POST, BENCH_SECONDS (default 8), PROF_DIR,
// NODE_FLAGS to replace the server's node flags (default those of `npm start`), GC_LOG=FILE to keep the server's output
// (e.g. with NODE_FLAGS="… --trace-gc-nvp"), HEAP_PROF=FILE for a sampling allocation profile (garbage included) of the load.
// Run: npx tsx bench/profile-submit.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServer } from "../scripts/build-server.ts";
import { MILLION, writeDataDir } from "./data-dir.ts";
import { runLoad } from "./load.ts";
import { NO_LIMITS, startServer } from "./server-process.ts";
import { CONNECTIONS, SERVER_NODE_FLAGS, formRequest, loadSeats, putRequest, uptime } from "./submit.ts";

/** Preloaded into the server: loop delay histogram, GC pauses by kind, and the loop stalls over 20 ms with their time. */
const PRELOAD = `
import { monitorEventLoopDelay, PerformanceObserver, performance } from "node:perf_hooks";
import { writeFileSync } from "node:fs";
const h = monitorEventLoopDelay({ resolution: 2 });
const gc = {};
const stalls = [];
let last = performance.now();
setInterval(() => {
  const t = performance.now();
  if (t - last > 25) stalls.push([Math.round(t), Math.round(t - last - 5)]);
  last = t;
}, 5).unref();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const k = ({ 1: "scavenge", 2: "minor-ms", 4: "mark-compact", 8: "incremental", 16: "weak-cb" })[e.detail?.kind] ?? String(e.detail?.kind);
    const g = (gc[k] ??= { count: 0, totalMs: 0, maxMs: 0 });
    g.count++; g.totalMs += e.duration; g.maxMs = Math.max(g.maxMs, e.duration);
  }
}).observe({ entryTypes: ["gc"] });
globalThis.__startLoopDelay = () => { h.reset(); h.enable(); };
process.on("SIGUSR2", () => { h.reset(); h.enable(); stalls.length = 0; for (const k in gc) delete gc[k]; });
let heapSession;
if (process.env.HEAP_PROF) {
  const { Session } = await import("node:inspector");
  heapSession = new Session();
  heapSession.connect();
  heapSession.post("HeapProfiler.enable");
  process.on("SIGUSR2", () => heapSession.post("HeapProfiler.startSampling", { samplingInterval: 8192, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true }));
  process.on("SIGTERM", () => heapSession.post("HeapProfiler.stopSampling", (err, r) => writeFileSync(process.env.HEAP_PROF, JSON.stringify(r.profile))));
}
process.on("exit", () => {
  const ms = (v) => v / 1e6;
  writeFileSync(process.env.LOOP_DELAY_OUT, JSON.stringify({
    loopDelayMs: { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), mean: ms(h.mean) },
    gc, stalls: stalls.slice(0, 200),
  }, null, 1));
});
`;

const entry = await buildServer();
const dir = mkdtempSync(join(tmpdir(), "laget-prof-"));
const preload = join(dir, "..", `laget-prof-preload-${process.pid}.mjs`);
const delayOut = join(dir, "..", `laget-prof-delay-${process.pid}.json`);
writeFileSync(preload, PRELOAD);
const { seats } = writeDataDir(dir, process.env.SMALL ? { cases: 50, members: 15 } : MILLION);
const profDir = process.env.PROF_DIR ?? "/tmp/prof";
const server = await startServer({
  entry, dataDir: dir,
  nodeArgs: [...(process.env.NODE_FLAGS?.split(" ").filter(Boolean) ?? SERVER_NODE_FLAGS), "--import", preload, ...(process.env.NOPROF ? [] : ["--cpu-prof", `--cpu-prof-dir=${profDir}`])],
  env: { ...NO_LIMITS, LOOP_DELAY_OUT: delayOut, ...(process.env.HEAP_PROF ? { HEAP_PROF: process.env.HEAP_PROF } : {}) },
});
const used = loadSeats(seats);
const requests = process.env.FORM ? used.map(formRequest(server.url)) : used.map(putRequest);
server.child.kill("SIGUSR2"); // measure the load only, not the start-up
const up = uptime();
const cpu0 = server.cpuMs();
let rss = 0;
const r = await runLoad({
  url: server.url, connections: CONNECTIONS, durationSec: Number(process.env.BENCH_SECONDS ?? 8), requests, onTick: () => (rss = Math.max(rss, server.rssMb())),
});
const cpuUsPerReq = ((server.cpuMs() - cpu0) * 1000) / r.requests;
await server.stop();
if (process.env.GC_LOG) writeFileSync(process.env.GC_LOG, server.output());
const inside = JSON.parse(readFileSync(delayOut, "utf8"));
const stallsOver50 = inside.stalls.filter(([, ms]: [number, number]) => ms > 50).length;
const gcMs = Object.values(inside.gc as Record<string, { totalMs: number }>).reduce((n, g) => n + g.totalMs, 0);
console.log(JSON.stringify({ ...r, cpuUsPerReq, gcUsPerReq: (gcMs * 1000) / r.requests, rssPeakMb: rss, uptime: up, loopDelayMs: inside.loopDelayMs, gc: inside.gc, stalls: inside.stalls.length, stallsOver50 }));
rmSync(dir, { recursive: true, force: true });
rmSync(preload, { force: true });
rmSync(delayOut, { force: true });

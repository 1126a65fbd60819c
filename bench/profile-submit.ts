// Ad-hoc profiler: runs the PUT load against the production server started with --cpu-prof (writes to PROF_DIR).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServer } from "../scripts/build-server.ts";
import { MILLION, ratingsFor, writeDataDir } from "./data-dir.ts";
import { NO_LIMITS, SERVER_NODE_FLAGS } from "./http-submit.ts";
import { runLoad } from "./load.ts";
import { startServer } from "./server-process.ts";

const entry = await buildServer();
const dir = mkdtempSync(join(tmpdir(), "laget-prof-"));
const { seats } = writeDataDir(dir, process.env.SMALL ? { cases: 50, members: 15 } : MILLION);
const profDir = process.env.PROF_DIR ?? "/tmp/prof";
const server = await startServer({
  entry, dataDir: dir, nodeArgs: [...SERVER_NODE_FLAGS, ...(process.env.NOPROF ? [] : ["--cpu-prof", `--cpu-prof-dir=${profDir}`])],
  env: NO_LIMITS,
});
let i = 0;
const cpu0 = server.cpuMs();
const bodies = seats.map((s) => JSON.stringify({ ratings: ratingsFor(s, 1), submit: true }));
const r = await runLoad({
  url: server.url, connections: 200, durationSec: Number(process.env.BENCH_SECONDS ?? 5),
  next: () => { const k = i++ % seats.length; return { method: "PUT", path: `/api/s/${seats[k].token}`, headers: { "content-type": "application/json" }, body: bodies[k] }; },
});
console.log(JSON.stringify({ ...r, cpuUsPerReq: ((server.cpuMs() - cpu0) * 1000) / r.requests, rss: server.rssMb() }));
await server.stop();
rmSync(dir, { recursive: true, force: true });

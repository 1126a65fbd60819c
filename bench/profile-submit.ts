// Ad-hoc profiler: runs the PUT load against the production server started with --cpu-prof (writes to PROF_DIR).
// Env: SMALL=1 for a 50-case store, NOPROF=1 to skip --cpu-prof, BENCH_SECONDS (default 5). Run: npx tsx bench/profile-submit.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServer } from "../scripts/build-server.ts";
import { MILLION, writeDataDir } from "./data-dir.ts";
import { SERVER_NODE_FLAGS, putRequest, rotating } from "./http-submit.ts";
import { runLoad } from "./load.ts";
import { NO_LIMITS, startServer } from "./server-process.ts";

const entry = await buildServer();
const dir = mkdtempSync(join(tmpdir(), "laget-prof-"));
const { seats } = writeDataDir(dir, process.env.SMALL ? { cases: 50, members: 15 } : MILLION);
const profDir = process.env.PROF_DIR ?? "/tmp/prof";
const server = await startServer({
  entry, dataDir: dir, nodeArgs: [...SERVER_NODE_FLAGS, ...(process.env.NOPROF ? [] : ["--cpu-prof", `--cpu-prof-dir=${profDir}`])],
  env: NO_LIMITS,
});
const cpu0 = server.cpuMs();
const r = await runLoad({
  url: server.url, connections: 200, durationSec: Number(process.env.BENCH_SECONDS ?? 5), next: rotating(seats, putRequest),
});
console.log(JSON.stringify({ ...r, cpuUsPerReq: ((server.cpuMs() - cpu0) * 1000) / r.requests, rss: server.rssMb() }));
await server.stop();
rmSync(dir, { recursive: true, force: true });

// Records the submit bench's figures as a reference file (e.g. bench/reference/submit-before.json) for later runs to compare with.
// Run: npx tsx bench/record-submit.ts OUT.json [note]   (BENCH_SECONDS, default 10; RUNS, default 3)
// BENCH_REPO=DIR BENCH_COMMIT=ID measures the server of another tree instead (e.g. `git archive ID | tar -x -C DIR`, with
// node_modules linked in); BENCH_NODE_FLAGS gives its server the node flags it shipped with.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { SERVER_NODE_FLAGS, measureSubmit, uptime, type SubmitFigures } from "./submit.ts";

/** A reference file: the figures and where and when they were taken. */
export interface SubmitReference {
  commit: string;
  date: string;
  node: string;
  /** `uptime` before and after the whole run (each load also records its own). */
  uptimeBefore: string;
  uptimeAfter: string;
  loadavgBefore: number[];
  loadavgAfter: number[];
  note?: string;
  /** The run with the most PUT saves/s: on a shared machine the least disturbed one. */
  figures: SubmitFigures;
  /** Every run, in order. */
  runs: SubmitFigures[];
}

const out = process.argv[2];
if (!out) {
  console.error("usage: tsx bench/record-submit.ts OUT.json [note]");
  process.exit(2);
}
const repo = resolve(process.env.BENCH_REPO ?? ".");
const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
/** The other checkout's own build script makes its bundle (inside it, so that its npm imports resolve). */
const entry = process.env.BENCH_REPO ? resolve(repo, "dist/server/index.js") : undefined;
if (entry) execFileSync(process.execPath, ["--import", "tsx", resolve(repo, "scripts/build-server.ts"), entry], { cwd: repo, stdio: "inherit" });
const dirty = !process.env.BENCH_REPO && git("status", "--porcelain", "--", "server", "domain", "surveys").length > 0;
const uptimeBefore = uptime();
const loadavgBefore = loadavg();
const runs: SubmitFigures[] = [];
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) runs.push(await measureSubmit(undefined, entry));
const figures = runs.reduce((best, r) => (r.put.perSec > best.put.perSec ? r : best));
const reference: SubmitReference = {
  commit: (process.env.BENCH_COMMIT ?? git("rev-parse", "HEAD")) + (dirty ? " (with uncommitted changes in server/, domain/ or surveys/)" : ""),
  date: new Date().toISOString(),
  node: `${process.version} ${SERVER_NODE_FLAGS.join(" ")}`,
  uptimeBefore,
  uptimeAfter: uptime(),
  loadavgBefore,
  loadavgAfter: loadavg(),
  note: process.argv[3],
  figures,
  runs,
};
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, JSON.stringify(reference, null, 2) + "\n");
for (const f of runs) {
  const fig = (r: SubmitFigures["put"]) => `${r.perSec.toFixed(0)}/s p50 ${r.p50Ms.toFixed(1)} p99 ${r.p99Ms.toFixed(1)} ms (${r.uptime})`;
  console.log(`PUT ${fig(f.put)}\nform ${fig(f.form)}\nRSS peak ${f.rssPeakMb.toFixed(1)} MB`);
}

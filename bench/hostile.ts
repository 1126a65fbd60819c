// Bench `hostile`: /healthz and PUT /api/s/:token p99 on the production server without, and during, repeated hostile import uploads.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServer } from "../scripts/build-server.ts";
import { writeDataDir } from "./data-dir.ts";
import { hostileFiles, largestLegalCsv } from "./hostile-files.ts";
import { login, runHostileLoad, type LoadFigures } from "./hostile-load.ts";
import { NO_LIMITS, startServer } from "./server-process.ts";
import { uptime } from "./submit.ts";
import { targetRow, type BenchRow } from "./types.ts";

/** Each scenario probes for at least this long (the uploads go on until then). */
const SCENARIO_MS = 15_000;
/** The bounds the hostile-upload test asserts (test/reliability/hostile-uploads.test.ts). */
const TARGETS = { healthzP99Ms: 500, saveP99Ms: 1_000 };

interface Scenario {
  name: string;
  figures: LoadFigures;
  load: string;
}

let scenarios: Scenario[] = [];

const f1 = (v: number) => v.toFixed(1);

/** Starts the production build on a small seeded store and runs the three scenarios one after the other. */
async function measure(): Promise<Omit<BenchRow, "module">[]> {
  // Built under node_modules/.cache so that the bundle's npm imports resolve.
  const cache = join(import.meta.dirname, "../node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const build = mkdtempSync(join(cache, "laget-bench-hostile-"));
  const entry = await buildServer(join(build, "index.js"));
  const dir = mkdtempSync(join(tmpdir(), "laget-bench-hostile-"));
  const { seats } = writeDataDir(dir, { cases: 20, members: 12, answered: 0.5 });
  const admin = { email: "admin@laget.test", password: "bench-hostile-password" };
  const server = await startServer({ entry, dataDir: dir, env: { ...NO_LIMITS, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }, timeoutMs: 60_000 });
  try {
    const session = await login(server.url, admin.email, admin.password);
    const res = await fetch(`${server.url}/api/cases`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `laget_session=${session.cookie}`, "x-csrf-token": session.csrf },
      body: JSON.stringify({ code: "Bench", district: "Heimdal" }),
    });
    const caseId = ((await res.json()) as { case: { id: string } }).case.id;
    const hostile = await hostileFiles();
    const legal = [{ name: "legal-60.csv", what: "largest legal file", bytes: largestLegalCsv("Bench", "Stor"), status: 200, code: "" }];
    const base = { url: server.url, seats, session, caseId, minMs: SCENARIO_MS };
    scenarios = [];
    for (const [name, files] of [["without uploads", []], ["hostile uploads (cell at XFD1048576, zip bombs, huge headers and row counts), back to back", hostile], ["largest legal file (dry run), back to back", legal]] as const) {
      const load = uptime();
      scenarios.push({ name, figures: await runHostileLoad({ ...base, files: [...files], dryRunOnly: files === legal }), load });
    }
    if (server.child.exitCode !== null) throw new Error(`the server stopped during the bench:\n${server.output()}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  }
  return scenarios.flatMap(({ name, figures: f }) => [
    targetRow(`${name}: GET /healthz p99`, f.healthz.p99Ms, "ms", { max: TARGETS.healthzP99Ms }, `p50 ${f1(f.healthz.p50Ms)} · max ${f1(f.healthz.maxMs)} ms; ${f.healthz.requests} requests, ${f.healthz.failures} failed`, { ...f.healthz }),
    targetRow(`${name}: PUT /api/s/:token p99`, f.saves.p99Ms, "ms", { max: TARGETS.saveP99Ms }, `p50 ${f1(f.saves.p50Ms)} · max ${f1(f.saves.maxMs)} ms; ${f.saves.requests} saves, ${f.saves.failures} failed`, { ...f.saves }),
  ]);
}

/** One table: a row per scenario, /healthz and save latencies side by side, the uploads and their answers. */
function summary(): string | undefined {
  if (scenarios.length === 0) return undefined;
  const answers = (f: LoadFigures) => {
    const counts = new Map<string, number>();
    for (const u of f.uploads) counts.set(`${u.status}`, (counts.get(`${u.status}`) ?? 0) + 1);
    return f.uploads.length === 0 ? "–" : [...counts].map(([s, n]) => `${s}×${n}`).join(" ");
  };
  const table = [
    ["", "healthz p50", "healthz p99", "healthz max", "save p50", "save p99", "save max", "uploads", "load average"],
    ...scenarios.map(({ name, figures: f, load }) => [
      name, f1(f.healthz.p50Ms), f1(f.healthz.p99Ms), f1(f.healthz.maxMs), f1(f.saves.p50Ms), f1(f.saves.p99Ms), f1(f.saves.maxMs), answers(f), /load average: (.*)$/.exec(load)?.[1] ?? "",
    ]),
  ];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const lines = table.map((r) => r.map((c, j) => (j === 0 || j >= 7 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
  return [`hostile uploads (ms; one /healthz client every 20 ms, one saving client every 50 ms, ${SCENARIO_MS / 1000} s each):`, ...lines].join("\n");
}

export { measure, summary };

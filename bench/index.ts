// Bench runner (`npm run bench [-- module…]`): times each registered module's cases, prints a table, writes bench/results/<timestamp>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { BenchCase, BenchModule } from "./types.ts";

/** The bench modules: add one with one line `name: () => import("./name.ts"),`. */
export const modules: Record<string, () => Promise<BenchModule>> = {
  analysis: () => import("./analysis.ts"),
  aggregate: () => import("./aggregate.ts"),
};

export interface BenchResult {
  module: string;
  name: string;
  runs: number;
  meanMs: number;
  medianMs: number;
  minMs: number;
  targetMs: number | null;
  ok: boolean | null;
}

const BUDGET_MS = 1000;

/** Time a case: one warm-up run, then at least `minRuns` runs and until the time budget is spent. */
export function measure(module: string, c: BenchCase): BenchResult {
  c.run();
  const times: number[] = [];
  const minRuns = c.minRuns ?? 5;
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < BUDGET_MS && times.length < 10_000)) {
    const t0 = performance.now();
    c.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const meanMs = times.reduce((s, t) => s + t, 0) / times.length;
  const medianMs = times[Math.floor(times.length / 2)];
  const targetMs = c.targetMs ?? null;
  return { module, name: c.name, runs: times.length, meanMs, medianMs, minMs: times[0], targetMs, ok: targetMs === null ? null : medianMs <= targetMs };
}

function printTable(results: BenchResult[]): void {
  const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
  const rows = [
    ["module", "case", "runs", "median ms", "mean ms", "min ms", "target ms", ""],
    ...results.map((r) => [r.module, r.name, String(r.runs), ms(r.medianMs), ms(r.meanMs), ms(r.minMs), r.targetMs === null ? "–" : String(r.targetMs), r.ok === null ? "" : r.ok ? "ok" : "SLOW"]),
  ];
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const r of rows) console.log(r.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
}

async function main(selected: string[]): Promise<void> {
  const unknown = selected.filter((m) => !Object.hasOwn(modules, m));
  if (unknown.length > 0) {
    console.error(`bench: unknown module(s) ${unknown.join(", ")} (modules: ${Object.keys(modules).join(", ")})`);
    process.exitCode = 2;
    return;
  }
  const results: BenchResult[] = [];
  for (const name of selected.length > 0 ? selected : Object.keys(modules)) {
    for (const c of await (await modules[name]()).cases()) results.push(measure(name, c));
  }
  printTable(results);
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const env = { node: process.version, platform: process.platform, arch: process.arch };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), env, results }, null, 2) + "\n");
  console.log(`\nwritten ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));

// Bench runner (`npm run bench [-- module…]`): runs each registered module, prints one table, writes bench/results/<timestamp>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import type { BenchCase, BenchModule, BenchRow } from "./types.ts";

/** The bench modules: add one with one line `name: () => import("./name.ts"),`. */
export const modules: Record<string, () => Promise<BenchModule>> = {
  analysis: () => import("./analysis.ts"),
  aggregate: () => import("./aggregate.ts"),
  submit: () => import("./submit-report.ts"),
  "store-direct": () => import("./store-submit.ts"),
  validators: () => import("./validators.ts"),
  postgres: () => import("./postgres.ts"),
  hostile: () => import("./hostile.ts"),
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

/** A timed case as a table row. */
function timedRow(r: BenchResult): BenchRow {
  const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
  return {
    module: r.module, name: r.name, value: r.medianMs, unit: "ms (median)", ok: r.ok,
    target: r.targetMs === null ? undefined : `≤ ${r.targetMs}`,
    details: `mean ${ms(r.meanMs)} · min ${ms(r.minMs)} · ${r.runs} runs`,
  };
}

function printTable(rows: BenchRow[]): void {
  const num = (v: number) => (Math.abs(v) < 1 && v !== 0 ? v.toFixed(3) : Math.abs(v) < 100 ? v.toFixed(2) : v.toFixed(0));
  const table = [
    ["module", "case", "value", "unit", "target", "", "details"],
    ...rows.map((r) => [r.module, r.name, num(r.value), r.unit, r.target ?? "–", r.ok === null ? "" : r.ok ? "ok" : "MISS", r.details ?? ""]),
  ];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const right = new Set([2, 4]);
  for (const r of table) console.log(r.map((c, j) => (right.has(j) ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join("  ").trimEnd());
}

async function main(selected: string[]): Promise<void> {
  const unknown = selected.filter((m) => !Object.hasOwn(modules, m));
  if (unknown.length > 0) {
    console.error(`bench: unknown module(s) ${unknown.join(", ")} (modules: ${Object.keys(modules).join(", ")})`);
    process.exitCode = 2;
    return;
  }
  const load = loadavg();
  const rows: BenchRow[] = [];
  const summaries: string[] = [];
  for (const name of selected.length > 0 ? selected : Object.keys(modules)) {
    const mod = await modules[name]();
    for (const c of (await mod.cases?.()) ?? []) rows.push(timedRow(measure(name, c)));
    for (const row of (await mod.measure?.()) ?? []) rows.push({ module: name, ...row });
    const text = mod.summary?.();
    if (text) summaries.push(text);
  }
  const loadAfter = loadavg();
  printTable(rows);
  for (const text of summaries) console.log(`\n${text}`);
  const loadText = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
  console.log(`\nload average (1/5/15 min): ${loadText(load)} before, ${loadText(loadAfter)} after`);
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const env = { node: process.version, platform: process.platform, arch: process.arch, loadavgBefore: load, loadavgAfter: loadAfter };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), env, results: rows }, null, 2) + "\n");
  console.log(`\nwritten ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));

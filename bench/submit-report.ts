// The submit bench as a bench module: table rows against the targets, and one side-by-side table (ceiling, now, before).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SubmitReference } from "./record-submit.ts";
import { TARGETS, measureSubmit, type Run, type SubmitFigures } from "./submit.ts";
import { targetRow, type BenchRow } from "./types.ts";

/** The figures of the implementation before the lean submit path, measured with the same bench. */
export const BEFORE_FILE = resolve(import.meta.dirname, "reference/submit-before.json");

const f0 = (v: number) => Math.round(v).toLocaleString("en-US").replace(/,/g, " ");
const f1 = (v: number) => v.toFixed(1);

/** The recorded reference, or undefined when the file is missing. */
export function readBefore(file = BEFORE_FILE): SubmitReference | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SubmitReference) : undefined;
}

/** Rows for one endpoint: saves/s and p99 against the targets, failures must be 0. */
function endpointRows(label: string, now: Run, before: Run | undefined, ceiling: Run): Omit<BenchRow, "module">[] {
  const was = (v: number | undefined, unit: string) => (v === undefined ? "" : `; before ${v < 100 ? f1(v) : f0(v)} ${unit}`);
  return [
    targetRow(`${label}: durable saves/s`, now.perSec, "req/s", { min: TARGETS.savesPerSec },
      `${f0((100 * now.perSec) / ceiling.perSec)} % of bare-Hono PUT ${f0(ceiling.perSec)}/s; server CPU ${f0(now.cpuUsPerReq ?? NaN)} µs/req${was(before?.perSec, "/s")}`, { ...now }),
    targetRow(`${label}: latency p99`, now.p99Ms, "ms", { max: TARGETS.p99Ms }, `p50 ${f1(now.p50Ms)} · p95 ${f1(now.p95Ms)} · max ${f1(now.maxMs)} ms${was(before?.p99Ms, "ms")}`),
    targetRow(`${label}: failures (errors, timeouts, status ≥ 400)`, now.failures, "", { max: 0 }, `${now.requests} requests; ${now.uptime}`),
  ];
}

/** Table rows: ceiling and reference probes without targets, the two submit endpoints and RSS with targets. */
export function rows(now: SubmitFigures, before: SubmitFigures | undefined): Omit<BenchRow, "module">[] {
  const probe = (name: string, r: Run) =>
    targetRow(name, r.perSec, "req/s", undefined, `p50 ${f1(r.p50Ms)} · p99 ${f1(r.p99Ms)} ms; server CPU ${f0(r.cpuUsPerReq ?? NaN)} µs/req`, { ...r });
  return [
    probe("ceiling: bare Hono GET JSON", now.ceilingGet),
    probe("ceiling: bare Hono PUT parsing the same body", now.ceilingPut),
    probe("Laget GET /healthz", now.health),
    probe("Laget GET /api/s/:token (full state)", now.state),
    ...endpointRows("PUT /api/s/:token", now.put, before?.put, now.ceilingPut),
    ...endpointRows("POST /s/:token (form → 303)", now.form, before?.form, now.ceilingPut),
    targetRow("server RSS peak under load", now.rssPeakMb, "MB", { max: TARGETS.rssMb }, `after start ${f1(now.rssStartMb)} MB; start-up ${f0(now.startMs)} ms; store ${f1(now.diskMb)} MB on disk${before ? `; before ${f1(before.rssPeakMb)} MB` : ""}`),
  ];
}

/**
 * One table: rows are the ceiling, now and before for each endpoint; columns saves/s, p50, p99, RSS peak, the server's
 * CPU time per request (user + system, all threads: the figure least moved by other jobs on the machine) and the load.
 */
export function sideBySide(now: SubmitFigures, before: SubmitReference | undefined): string {
  const b = before?.figures;
  const load = (r: Run) => /load average: (.*)$/.exec(r.uptime)?.[1] ?? "";
  const line = (name: string, r: Run | undefined, rss?: number) =>
    r ? [name, f0(r.perSec), f1(r.p50Ms), f1(r.p99Ms), rss === undefined ? "" : f1(rss), f0(r.cpuUsPerReq ?? NaN), load(r)] : [name, "–", "", "", "", "", ""];
  const table = [
    ["", "saves/s", "p50 ms", "p99 ms", "RSS peak MB", "CPU µs/req", "load average (1/5/15 min)"],
    line("bare Hono GET JSON (ceiling, live)", now.ceilingGet),
    line("bare Hono PUT, same body (ceiling, live)", now.ceilingPut),
    line("PUT /api/s/:token now", now.put, now.put.rssPeakMb),
    line(`PUT /api/s/:token before${b ? ` (${before!.commit.slice(0, 7)})` : ""}`, b?.put, b?.put.rssPeakMb),
    line("POST /s/:token now", now.form, now.form.rssPeakMb),
    line(`POST /s/:token before${b ? ` (${before!.commit.slice(0, 7)})` : ""}`, b?.form, b?.form.rssPeakMb),
    ["target", `≥ ${f0(TARGETS.savesPerSec)}`, "", `≤ ${TARGETS.p99Ms}`, `< ${TARGETS.rssMb}`, "", ""],
  ];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const head = `submit: ${now.connections} connections, ${now.seconds} s per load, ${(now.ratings / 1e6).toFixed(2)} M ratings stored, ${now.links} links, ${now.tool}`;
  const when = before ? `before: recorded ${before.date} at ${before.commit.slice(0, 12)} (${before.uptimeBefore})` : `before: no reference file at ${BEFORE_FILE}`;
  const body = table.map((r) => r.map((c, j) => (j === 0 || j === 6 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
  return [head, ...body, when].join("\n");
}

let report: string | undefined;

export async function measure(): Promise<Omit<BenchRow, "module">[]> {
  const now = await measureSubmit();
  const before = readBefore();
  report = sideBySide(now, before);
  return rows(now, before?.figures);
}

/** The side-by-side table of the last {@link measure}. */
export const summary = () => report;

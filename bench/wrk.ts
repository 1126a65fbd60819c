// Drives an HTTP endpoint with wrk (a C load generator, far lighter than autocannon on a 2-core machine).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoadFigures, LoadOptions, LoadRequest } from "./load.ts";

/** True when a `wrk` binary is on the PATH. */
export function hasWrk(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (err) {
    // wrk --version exits with 1 after printing its usage; only a missing binary is ENOENT.
    return (err as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/**
 * The Lua script: reads the request list (one `method \t path \t content-type \t extra-header \t body` per line),
 * pre-formats every request once per thread, and cycles through them starting at a per-thread offset.
 * `done` prints the figures as one JSON line (latencies in microseconds, as wrk records them).
 */
const SCRIPT = `
local counter = 0
function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end
local reqs = {}
local n = 0
local i = 0
function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    local m, p, ct, extra, body = line:match("^([^\\t]*)\\t([^\\t]*)\\t([^\\t]*)\\t([^\\t]*)\\t(.*)$")
    local headers = {}
    if ct ~= "" then headers["Content-Type"] = ct end
    for header in extra:gmatch("[^\\1]+") do
      local k, v = header:match("^([^:]+):%s*(.*)$")
      headers[k] = v
    end
    if body == "" then body = nil end
    n = n + 1
    reqs[n] = wrk.format(m, p, headers, body)
  end
  f:close()
  i = offset or 0
end
function request()
  i = i + 1
  return reqs[(i % n) + 1]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
`;

/** One line of the request list; fields must not contain tabs or newlines (JSON and urlencoded bodies do not). */
function requestLine(r: LoadRequest): string {
  const headers = Object.entries(r.headers ?? {});
  const type = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const extra = headers.filter(([k]) => k.toLowerCase() !== "content-type");
  // The other headers are joined by \x01 (the script splits them there).
  const line = [r.method, r.path, type, extra.map(([k, v]) => `${k}: ${v}`).join("\u0001"), r.body ?? ""];
  if (line.some((f) => /[\t\n]/.test(f)) || headers.some((h) => h.join("").includes("\u0001"))) {
    throw new Error("wrk driver: request fields must not contain tabs, newlines or \\x01");
  }
  return line.join("\t");
}

/**
 * Runs wrk for `durationSec` with `connections` connections over `requests` (cycled, each wrk thread starting
 * elsewhere). Only status ≥ 400 counts as a failure (wrk's own rule), so callers check the expected status of
 * each request kind beforehand. Percentiles come from wrk's HdrHistogram (not corrected for coordinated omission).
 */
export function runWrk(options: LoadOptions & { threads?: number }): Promise<Omit<LoadFigures, "tool">> {
  const dir = mkdtempSync(join(tmpdir(), "laget-wrk-"));
  const script = join(dir, "load.lua");
  const list = join(dir, "requests.tsv");
  writeFileSync(script, SCRIPT);
  writeFileSync(list, options.requests.map(requestLine).join("\n") + "\n");
  const args = [
    `-t${options.threads ?? 2}`, `-c${options.connections}`, `-d${options.durationSec}s`, "--timeout", "10s",
    "-s", script, options.url, "--", list,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const tick = options.onTick ? setInterval(options.onTick, 200) : undefined;
    child.once("error", reject);
    child.once("exit", (code) => {
      clearInterval(tick);
      rmSync(dir, { recursive: true, force: true });
      const m = /WRK_JSON (\{.*\})/.exec(out);
      if (code !== 0 || !m) return reject(new Error(`wrk failed (exit ${code}):\n${out}`));
      const w = JSON.parse(m[1]) as Record<string, number>;
      const seconds = w.durationUs / 1e6;
      resolve({
        requests: w.requests,
        perSec: w.requests / seconds,
        p50Ms: w.p50 / 1000,
        p95Ms: w.p95 / 1000,
        p99Ms: w.p99 / 1000,
        maxMs: w.max / 1000,
        failures: w.connect + w.read + w.write + w.status + w.timeout,
        statusCounts: { ok: w.requests - w.status, "≥400": w.status },
      });
    });
  });
}

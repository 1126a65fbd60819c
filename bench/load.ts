// Drives an HTTP endpoint for a fixed time and summarises throughput, latency and failures (wrk when installed, else autocannon).
import autocannon from "autocannon";
import { hasWrk, runWrk } from "./wrk.ts";

/** One request to send; a load cycles through a list of them so that consecutive requests use different tokens. */
export interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSec: number;
  /** Sent in turn, from the start again when the list is used up. */
  requests: LoadRequest[];
  /** Called about every 200 ms while the load runs (e.g. to sample the server's RSS). */
  onTick?: () => void;
}

export interface LoadFigures {
  /** "wrk" or "autocannon". */
  tool: string;
  requests: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors + timeouts + responses with status ≥ 400. */
  failures: number;
  statusCounts: Record<string, number>;
}

const pct = (sorted: Float64Array, p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);

/** The load generator `runLoad` uses: wrk when it is on the PATH (BENCH_TOOL=autocannon forces the other). */
export const loadTool = (): "wrk" | "autocannon" => (process.env.BENCH_TOOL !== "autocannon" && hasWrk() ? "wrk" : "autocannon");

/** Runs the load with {@link loadTool}. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  if (loadTool() === "wrk") return { tool: "wrk", ...(await runWrk({ ...options, threads: 1 })) };
  return runAutocannon(options);
}

/** autocannon in this process; latencies are collected per response so p95 is exact (its summary has no p95). */
function runAutocannon(options: LoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let i = 0;
  const next = () => options.requests[i++ % options.requests.length];
  return new Promise((resolve, reject) => {
    const tick = options.onTick ? setInterval(options.onTick, 200) : undefined;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSec,
        timeout: 10,
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
      },
      (err, result) => {
        clearInterval(tick);
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        const bad = Object.entries(statusCounts).reduce((n, [s, c]) => n + (Number(s) >= 400 ? c : 0), 0);
        resolve({
          tool: "autocannon",
          requests: latencies.length,
          perSec: latencies.length / options.durationSec,
          p50Ms: pct(sorted, 0.5),
          p95Ms: pct(sorted, 0.95),
          p99Ms: pct(sorted, 0.99),
          maxMs: sorted[sorted.length - 1] ?? NaN,
          failures: bad + result.errors + result.timeouts,
          statusCounts,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, time) => {
      latencies.push(time);
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    });
  });
}

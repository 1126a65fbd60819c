// Drives an HTTP endpoint with autocannon for a fixed time and summarises throughput, latency and failures.
import autocannon from "autocannon";

/** One request to send: the runner calls `next()` for every request, so each can use another token. */
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
  next: () => LoadRequest;
  /** Status codes that count as success (default 200–299). */
  okStatus?: (status: number) => boolean;
  /** Called about every 200 ms while the load runs (e.g. to sample the server's RSS). */
  onTick?: () => void;
}

export interface LoadFigures {
  requests: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors + timeouts + responses with a status outside `okStatus`. */
  failures: number;
  statusCounts: Record<string, number>;
}

const pct = (sorted: Float64Array, p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);

/** Runs the load; latencies are collected per response so p95 is exact (autocannon's summary has no p95). */
export function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const okStatus = options.okStatus ?? ((s: number) => s >= 200 && s < 300);
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const tick = options.onTick ? setInterval(options.onTick, 200) : undefined;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSec,
        timeout: 10,
        requests: [{ setupRequest: (req) => ({ ...req, ...options.next() }) }],
      },
      (err, result) => {
        clearInterval(tick);
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        const bad = Object.entries(statusCounts).reduce((n, [s, c]) => n + (okStatus(Number(s)) ? 0 : c), 0);
        resolve({
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

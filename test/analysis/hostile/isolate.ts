// Runs one parser call in a worker thread with a small heap limit and reports outcome, time and heap growth.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/** What the worker saw: the error the parser threw (or none), the time, and how much its heap grew. */
export interface Isolated {
  error: { name: string; message: string; limit?: string } | null;
  ms: number;
  /** Growth of the worker's used heap, sampled every few milliseconds while the parser ran (MB). */
  peakHeapGrowthMb: number;
  /** Growth of the heap the worker's V8 reserved (MB): it stays up after a large allocation. */
  reservedGrowthMb: number;
}

/** Old-generation limit of the worker: a parser that allocates far more dies instead of passing. */
export const HEAP_LIMIT_MB = 128;

const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
const { register } = await import(workerData.tsx);
register();
const { readXlsxTable } = await import(workerData.xlsx);
const { parseCsv } = await import(workerData.csv);
const before = getHeapStatistics();
let peak = before.used_heap_size;
const sampler = setInterval(() => { peak = Math.max(peak, getHeapStatistics().used_heap_size); }, 2);
const start = performance.now();
let error = null;
try {
  if (workerData.kind === "xlsx") await readXlsxTable(workerData.input, "hostile.xlsx");
  else parseCsv(workerData.input, "hostile.csv");
} catch (e) {
  error = { name: e.name, message: String(e.message).slice(0, 300), limit: e.limit };
}
const ms = performance.now() - start;
clearInterval(sampler);
const after = getHeapStatistics();
peak = Math.max(peak, after.used_heap_size);
parentPort.postMessage({ error, ms, peakHeapGrowthMb: (peak - before.used_heap_size) / 2 ** 20, reservedGrowthMb: (after.total_heap_size - before.total_heap_size) / 2 ** 20 });
`;

/** tsx's ESM API (the `import` condition of its `./esm/api` export), which lets the worker load TypeScript. */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("tsx/package.json");
  const exported = (require(pkg) as { exports: Record<string, { import: string | { default: string } }> }).exports["./esm/api"].import;
  return pathToFileURL(join(dirname(pkg), typeof exported === "string" ? exported : exported.default)).href;
}

const MODULES = {
  tsx: tsxApi(),
  xlsx: new URL("../../../analysis/xlsx/read.ts", import.meta.url).href,
  csv: new URL("../../../analysis/csv/detect.ts", import.meta.url).href,
};

/**
 * Parses `input` (XLSX bytes or CSV text) in a fresh worker limited to HEAP_LIMIT_MB of old-generation
 * heap. Rejects when the worker runs out of memory or takes longer than `timeoutMs`.
 */
export function isolated(kind: "xlsx" | "csv", input: Uint8Array | string, timeoutMs = 20_000): Promise<Isolated> {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`), {
    workerData: { ...MODULES, kind, input },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 16 },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the parser did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    worker.once("message", (m: Isolated) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Prints a measurement line (vitest shows stdout of passing tests too). */
export const report = (line: string) => void process.stdout.write(`${line}\n`);

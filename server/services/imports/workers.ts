// Import workers: files are parsed and planned in worker threads with a heap and a time limit, so no file can stall or crash the server.
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import Piscina from "piscina";
import { LagetError, tooLarge, unprocessable } from "../../../domain/index.ts";
import { prepareImport, type Prepared, type PrepareInput } from "./prepare.ts";

export interface ImportWorkerSettings {
  /** Worker threads. Default: one fewer than the cores (at least 1), at most 2, so the server's own thread keeps a core. */
  threads: number;
  /** Old-generation heap of each worker in MB; a file that needs more is refused (413) and the worker replaced. */
  heapMb: number;
  /**
   * Milliseconds a worker may spend reading one file, from the moment it starts on it (a worker's own start-up is
   * not counted); a file that takes longer is refused (422) and the worker replaced.
   */
  timeLimitMs: number;
  /** Imports that may wait for a free worker; more get 503 `import_busy`. */
  maxWaiting: number;
  /** Imports one user may have running or waiting at once; more get 429 `import_in_progress`. */
  perUser: number;
}

/** The largest legal file (60 members in long form, 24 780 rows) reads within a 48 MB heap, in 2–5 s on a loaded 2-core machine. */
export const DEFAULT_IMPORT_WORKERS: ImportWorkerSettings = {
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  heapMb: 128,
  timeLimitMs: 20_000,
  maxWaiting: 8,
  perUser: 2,
};

/** Runs the reading of imports in worker threads; `owner` (a user id) is what the per-user limit counts. */
export interface ImportWorkers {
  readonly settings: ImportWorkerSettings;
  prepare(input: PrepareInput, owner?: string): Promise<Prepared>;
  /** Stops the workers (waits for running files). */
  close(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./worker-entry.mjs", import.meta.url));

/** Time a worker may take to start (load its code) before its file is given up as well: a safety net, never expected. */
const START_MS = 60_000;

/** What a worker gets: the input, and a port on which it says when it starts reading. */
interface Task {
  input: PrepareInput;
  started: MessagePort;
}

/** The bytes as a buffer of their own, so they can be moved to the worker instead of copied. */
function ownBuffer(input: PrepareInput): { input: PrepareInput; transfer: ArrayBuffer } {
  const b = input.upload.bytes;
  const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b : b.slice();
  return { input: { ...input, upload: { ...input.upload, bytes: own } }, transfer: own.buffer as ArrayBuffer };
}

/** A worker's failure as the refusal it means for the file; undefined for anything else (a bug: 500). */
function refusal(error: unknown, settings: ImportWorkerSettings, timedOut: boolean): LagetError | undefined {
  if ((error as { code?: string })?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return tooLarge("import_memory_limit", `Reading the file needed more than ${settings.heapMb} MB of memory (the import worker's limit); nothing was imported`);
  }
  if (timedOut) {
    const seconds = Math.round(settings.timeLimitMs / 100) / 10;
    return unprocessable("import_time_limit", `Reading the file took longer than ${seconds} s (the import time limit); nothing was imported`);
  }
  return undefined;
}

/**
 * Starts the import workers (piscina; the first one at once, a second on demand). Each file gets a worker of
 * its own for at most `timeLimitMs`, counted from when the worker takes it; a worker that runs out of heap or
 * time is terminated and replaced, and only that file is refused. Waiting files are bounded, per user too.
 */
export function startImportWorkers(overrides: Partial<ImportWorkerSettings> = {}): ImportWorkers {
  const settings = { ...DEFAULT_IMPORT_WORKERS, ...overrides };
  const pool = new Piscina<Task, Prepared>({
    filename: ENTRY,
    minThreads: 1,
    maxThreads: settings.threads,
    idleTimeout: 60_000,
    // Files are only ever handed to a worker that is free (see acquire): nothing waits inside piscina.
    maxQueue: settings.threads,
    atomics: "disabled",
    // Below the server's thread in CPU priority, so requests keep their core while a file is read.
    niceIncrement: 10,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: settings.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });
  let running = 0;
  const waiting: (() => void)[] = [];
  const byUser = new Map<string, number>();

  const acquire = async () => {
    if (running < settings.threads) {
      running++;
      return;
    }
    if (waiting.length >= settings.maxWaiting) {
      throw new LagetError("unavailable", "import_busy", "Too many files are being imported right now; try again in a few seconds", undefined, 5);
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    settings,
    async prepare(raw, owner) {
      const mine = owner === undefined ? 0 : (byUser.get(owner) ?? 0);
      if (mine >= settings.perUser) {
        throw new LagetError("rate_limited", "import_in_progress", `You have ${mine} imports in progress; wait until they finish`, undefined, 5);
      }
      if (owner !== undefined) byUser.set(owner, mine + 1);
      try {
        await acquire();
        const { input, transfer } = ownBuffer(raw);
        const controller = new AbortController();
        let timedOut = false;
        const stop = () => {
          timedOut = true;
          controller.abort();
        };
        let timer = setTimeout(stop, START_MS + settings.timeLimitMs);
        const channel = new MessageChannel();
        channel.port1.once("message", () => {
          clearTimeout(timer);
          timer = setTimeout(stop, settings.timeLimitMs);
        });
        try {
          return await pool.run({ input, started: channel.port2 }, { signal: controller.signal, transferList: [transfer, channel.port2] });
        } catch (error) {
          throw refusal(error, settings, timedOut) ?? error;
        } finally {
          clearTimeout(timer);
          channel.port1.close();
          release();
        }
      } finally {
        if (owner !== undefined) {
          const left = (byUser.get(owner) ?? 1) - 1;
          if (left > 0) byUser.set(owner, left);
          else byUser.delete(owner);
        }
      }
    },
    close: () => pool.close(),
  };
}

/** Reads imports in the calling thread: for the command line (one user, one file, a process of its own). */
export const IN_THIS_THREAD: ImportWorkers = {
  settings: { ...DEFAULT_IMPORT_WORKERS, threads: 0 },
  prepare: (input) => prepareImport(input),
  close: async () => undefined,
};

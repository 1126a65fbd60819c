// Runs a server entry as a child process on a free 127.0.0.1 port and waits until /healthz answers (bench and tests).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";

/** Survey rate limits off (env for {@link startServer}): benches and reliability tests drive many writes from one address. */
export const NO_LIMITS = { SURVEY_IP_PER_MINUTE: "1000000000", SURVEY_WRITES_PER_MINUTE: "1000000", SURVEY_GUESSES_PER_10_MINUTES: "1000000" };

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Milliseconds from spawn until /healthz answered 200. */
  startMs: number;
  /** stdout + stderr so far. */
  output(): string;
  /** Resident set size of the process in MiB (from /proc). */
  rssMb(): number;
  /** CPU time (user + system) the process has used so far, in milliseconds (from /proc, 10 ms resolution). */
  cpuMs(): number;
  /** SIGKILL; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful shutdown); resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** Script to run with node (e.g. dist/server/index.js or a bench server). */
  entry: string;
  dataDir?: string;
  env?: Record<string, string>;
  /** Extra node flags (e.g. --import tsx, --max-semi-space-size=…). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Spawns the server and resolves once /healthz is 200; rejects with the output when it exits first or times out. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env, PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "0", SEED_DIR: "/nonexistent", ...options.env,
  };
  if (options.dataDir) env.DATA_DIR = options.dataDir;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`server exited before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server not ready after ${options.timeoutMs ?? 30_000} ms:\n${out}`);
    }
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - t0;
  return {
    child, port, url, startMs,
    output: () => out,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    cpuMs: () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100)
    },
    kill: async () => {
      if (!gone) child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (!gone) child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Runs a script to completion (e.g. a second server expected to refuse); resolves with its exit code and output. */
export function runToExit(entry: string, env: Record<string, string>, timeoutMs = 20_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { env: { ...process.env, HOST: "127.0.0.1", DEMO_DATA: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`still running after ${timeoutMs} ms:\n${output}`))), timeoutMs);
    child.once("exit", (code) => (clearTimeout(timer), resolve({ code, output })));
  });
}

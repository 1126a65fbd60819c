// A small primary process: runs the server as a child and starts it again when it dies (crash, out of memory, kill -9).
import { spawn, type ChildProcess } from "node:child_process";
import { EXIT_CONFIG } from "./exit-codes.ts";

export interface SupervisorOptions {
  /** The server entry to run (the built dist/server/index.js). */
  entry: string;
  /** Node flags for the child, e.g. the heap limits. */
  nodeArgs: string[];
  /** Wait before the first restart; doubles after each quick crash up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran this long counts as healthy: the delay starts again from `minDelayMs`. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
}

/**
 * Restart rule: exit code 0 (a clean stop) and EXIT_CONFIG (bad settings, a damaged store, the port or data folder
 * in use — restarting cannot help) end the supervisor with the same code; any other exit or a signal starts the
 * server again after a back-off. SIGTERM/SIGINT are passed to the child and no restart follows.
 */
export function supervise(o: SupervisorOptions): void {
  const log = o.log ?? ((line: string) => console.error(`laget supervisor: ${line}`));
  const minDelay = o.minDelayMs ?? 500;
  const maxDelay = o.maxDelayMs ?? 30_000;
  const healthyAfter = o.healthyAfterMs ?? 60_000;
  let delay = minDelay;
  let child: ChildProcess | undefined;
  let stopping = false;

  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [...o.nodeArgs, o.entry], { stdio: "inherit", env: process.env });
    log(`server started (pid ${child.pid})`);
    child.once("exit", (code, signal) => {
      child = undefined;
      if (stopping || code === 0 || code === EXIT_CONFIG) {
        if (!stopping && code === EXIT_CONFIG) log("server refused to start (see above); not restarting");
        process.exit(code ?? 0);
      }
      delay = Date.now() - startedAt >= healthyAfter ? minDelay : delay;
      log(`server stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay} ms`);
      setTimeout(start, delay);
      delay = Math.min(delay * 2, maxDelay);
    });
  };

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      stopping = true;
      if (child) child.kill(signal);
      else process.exit(0);
    });
  }
  start();
}

// Graceful shutdown of the HTTP server: stop accepting, let in-flight requests finish, cut what is left, then close the store.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Logger } from "../logging/logger.ts";

export interface ShutdownOptions {
  server: Server;
  log: Logger;
  /** Flushes, fsyncs and releases the lock (Store.close). */
  closeStore: () => Promise<void>;
  /** Called first: /readyz answers 503 from here on. */
  onStopping: () => void;
  /** How long in-flight requests may take before their connections are cut (default 8 s). */
  graceMs?: number;
  /** The process exits with 1 if the whole shutdown takes longer than this (default 10 s). */
  deadlineMs?: number;
  exit?: (code: number) => void;
}

/** Connections idle between requests are closed this often while draining (a response just sent leaves one idle). */
const IDLE_SWEEP_MS = 50;

/**
 * Returns `stop(signal)`. It marks the process as stopping, stops accepting connections and closes idle keep-alive
 * ones; requests already received run to their end and their responses carry `Connection: close`. Connections still
 * open after `graceMs` (a slow upload, a client that never finishes its request) are cut. Then the store is closed and
 * the process exits 0 — or 1 when the store could not close, or when everything took longer than `deadlineMs`.
 * A second signal exits at once with 1.
 */
export function gracefulShutdown(o: ShutdownOptions): (signal: string) => void {
  const exit = o.exit ?? ((code: number) => process.exit(code));
  const graceMs = o.graceMs ?? 8_000;
  let stopping = false;
  const closeAfterResponse = (_req: IncomingMessage, res: ServerResponse) => res.setHeader("Connection", "close");

  return (signal) => {
    if (stopping) {
      o.log.error(`${signal} again, exiting at once`);
      exit(1);
      return;
    }
    stopping = true;
    o.log.info(`${signal}, shutting down: no new connections, finishing requests in flight`);
    o.onStopping();
    const deadline = setTimeout(() => {
      o.log.error(`shutdown took longer than ${o.deadlineMs ?? 10_000} ms, exiting`);
      exit(1);
    }, o.deadlineMs ?? 10_000);

    o.server.prependListener("request", closeAfterResponse);
    const closed = new Promise<void>((resolve) => o.server.close(() => resolve()));
    o.server.closeIdleConnections();
    const sweep = setInterval(() => o.server.closeIdleConnections(), IDLE_SWEEP_MS);
    let cut: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      cut = setTimeout(() => {
        o.log.warn(`requests still open after ${graceMs} ms: closing their connections`);
        o.server.closeAllConnections();
        resolve();
      }, graceMs);
    });

    void Promise.race([closed, grace])
      .then(() => closed)
      .then(async () => {
        clearInterval(sweep);
        clearTimeout(cut);
        await o.closeStore();
        o.log.info("stopped: store closed, lock released");
        clearTimeout(deadline);
        exit(0);
      })
      .catch((err: Error) => {
        o.log.error({ error: { type: err.name, message: err.message } }, "shutdown failed");
        exit(1);
      });
  };
}

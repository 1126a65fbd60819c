// Shared fuzz oracle: no 5xx, JSON errors under /api with code and message, and a console spy for server-side errors.
import fc from "fast-check";
import { expect, vi } from "vitest";

/**
 * Seed of every fuzz run: fixed by default so `npm test` is reproducible (a failure names its seed and path),
 * FUZZ_SEED=<n> to replay one, FUZZ_SEED=random to explore new inputs (as `npm run fuzz` does).
 */
export const FUZZ_SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261128);
fc.configureGlobal({ seed: FUZZ_SEED });
console.info(`[fuzz] seed ${FUZZ_SEED}`);

/** Counts of what a fuzz run saw. */
export interface FuzzStats {
  requests: number;
  byStatus: Record<number, number>;
}

export const newStats = (): FuzzStats => ({ requests: 0, byStatus: {} });

/** Checks one response; throws (so fast-check shrinks) on a 5xx or a malformed API error. */
export async function checkResponse(stats: FuzzStats, label: string, path: string, res: Response): Promise<void> {
  stats.requests++;
  stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${label} → ${res.status}: ${text.slice(0, 300)}`);
  const api = path === "/api" || path.startsWith("/api/");
  if (api && res.status >= 400 && !label.startsWith("HEAD ")) {
    let body: { error?: { code?: unknown; message?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${label} → ${res.status} without a JSON body: ${text.slice(0, 200)}`);
    }
    if (typeof body.error?.code !== "string" || typeof body.error?.message !== "string") {
      throw new Error(`${label} → ${res.status} error without code/message: ${text.slice(0, 200)}`);
    }
  }
}

/** Captures console output during a fuzz file; `errors()` are lines that signal an unhandled server error. */
export function spyConsole() {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void lines.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" "))),
  );
  return {
    lines,
    errors: () => lines.filter((l) => /unhandled|failed|Error/.test(l)),
    restore: () => spies.forEach((s) => s.mockRestore()),
  };
}

export function summary(name: string, runs: number, stats: FuzzStats): string {
  const statuses = Object.entries(stats.byStatus).map(([s, n]) => `${s}×${n}`).join(" ");
  return `[fuzz] ${name}: ${runs} runs, ${stats.requests} requests, statuses ${statuses}`;
}

export { expect };

/** Prints a measurement line past the console spy. */
export const report = (line: string) => void process.stdout.write(`${line}\n`);

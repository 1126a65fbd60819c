// What a bench module provides: timed cases (run by bench/index.ts) and/or async measurements returning figures.

export interface BenchCase {
  name: string;
  /** Time one operation of this case. Setup belongs in the module, outside `run`. */
  run: () => unknown;
  /** Target time per operation in milliseconds, shown next to the result. */
  targetMs?: number;
  /** Minimum number of timed runs (default 5); the runner repeats until ~1 s or this count. */
  minRuns?: number;
}

/** One measured figure, as a row of the bench table. */
export interface BenchRow {
  module: string;
  name: string;
  value: number;
  unit: string;
  /** Target as shown, e.g. "≥ 10000" or "≤ 20". */
  target?: string;
  /** Whether the target is met; null when there is no target. */
  ok: boolean | null;
  /** Further figures in one line, e.g. "p50 2.1 · p95 4.0". */
  details?: string;
  /** Raw figures for the JSON file. */
  figures?: Record<string, unknown>;
}

/** A module under bench/ registered in the map of bench/index.ts. */
export interface BenchModule {
  /** Builds the timed cases (and their fixtures) when the module is run. */
  cases?: () => BenchCase[] | Promise<BenchCase[]>;
  /** Runs its own measurement (e.g. a load test against a child process) and returns rows (module filled in by the runner). */
  measure?: () => Promise<Omit<BenchRow, "module">[]>;
  /** Text printed below the table after `measure` ran (e.g. a side-by-side comparison). */
  summary?: () => string | undefined;
}

/** Builds a row with a numeric target: `≥` when higher is better, `≤` when lower is. */
export function targetRow(name: string, value: number, unit: string, target: { min?: number; max?: number } | undefined, details?: string, figures?: Record<string, unknown>): Omit<BenchRow, "module"> {
  if (!target) return { name, value, unit, ok: null, details, figures };
  const ok = (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
  const shown = target.min !== undefined ? `≥ ${target.min}` : target.max === 0 ? "= 0" : `≤ ${target.max}`;
  return { name, value, unit, target: shown, ok, details, figures };
}

// What a bench module provides: named cases, each a function timed by the runner in bench/index.ts.

export interface BenchCase {
  name: string;
  /** Time one operation of this case. Setup belongs in the module, outside `run`. */
  run: () => unknown;
  /** Target time per operation in milliseconds, shown next to the result. */
  targetMs?: number;
  /** Minimum number of timed runs (default 5); the runner repeats until ~1 s or this count. */
  minRuns?: number;
}

/** A module under bench/ registered in the map of bench/index.ts. */
export interface BenchModule {
  /** Builds the cases (and their fixtures) when the module is run. */
  cases: () => BenchCase[] | Promise<BenchCase[]>;
}

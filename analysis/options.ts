// Validation and defaults of the analyze() options; every error names the function and the option.
import { DISPLAY_MODES, type DisplayMode } from "./display.ts";

export interface AnalyzeOptions {
  /** Weak link: score ≤ threshold. Default 3.5 (seed: "3.5 = Lav"). */
  threshold?: number;
  /** Band limits: ≤ weak is weak, ≤ moderate is moderate, above is strong. Default { weak: 3.5, moderate: 4.0 }. */
  bands?: { weak: number; moderate: number };
  /** Asymmetry: |a→b − b→a| ≥ gap. Default 1.0. */
  asymmetryGap?: number;
  /** "all" (default), an item id, or a subscore group of the instrument's items (e.g. "communication"). */
  dimension?: string;
  /** Nodes are members (default) or roles (members folded into their role). */
  by?: "member" | "role";
  /** What the result shows (display.ts): every direction (default), pairs only, or cells with two or more raters. */
  display?: DisplayMode;
}

export interface ResolvedOptions {
  threshold: number;
  bands: { weak: number; moderate: number };
  asymmetryGap: number;
  dimension: string;
  by: "member" | "role";
  display: DisplayMode;
}

const KNOWN = new Set(["threshold", "bands", "asymmetryGap", "dimension", "by", "display"]);

function score(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > 5) {
    throw new Error(`${fn}: option "${name}" must be a number from 1 to 5, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/**
 * Fill in defaults and validate. When only `threshold` is given, the weak band follows it
 * (and the moderate limit is raised to it if needed); when only `bands` is given, the
 * threshold is `bands.weak`; when both are given they must agree.
 */
export function resolveOptions(fn: string, options: AnalyzeOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") {
    throw new Error(`${fn}: options must be an object, got ${JSON.stringify(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new Error(`${fn}: unknown option "${key}".`);
  }
  const { threshold, bands, asymmetryGap = 1.0, dimension = "all", by = "member", display = "direction" } = options;
  if (threshold !== undefined) score(fn, "threshold", threshold);
  let resolvedBands: { weak: number; moderate: number };
  if (bands !== undefined) {
    if (bands === null || typeof bands !== "object") {
      throw new Error(`${fn}: option "bands" must be { weak, moderate }, got ${JSON.stringify(bands)}.`);
    }
    resolvedBands = { weak: score(fn, "bands.weak", bands.weak), moderate: score(fn, "bands.moderate", bands.moderate) };
    if (resolvedBands.moderate < resolvedBands.weak) {
      throw new Error(`${fn}: option "bands.moderate" (${bands.moderate}) must not be below "bands.weak" (${bands.weak}).`);
    }
    if (threshold !== undefined && threshold !== resolvedBands.weak) {
      throw new Error(`${fn}: options "threshold" (${threshold}) and "bands.weak" (${bands.weak}) disagree.`);
    }
  } else {
    const weak = threshold ?? 3.5;
    resolvedBands = { weak, moderate: Math.max(4.0, weak) };
  }
  if (typeof asymmetryGap !== "number" || !Number.isFinite(asymmetryGap) || asymmetryGap <= 0 || asymmetryGap > 4) {
    throw new Error(`${fn}: option "asymmetryGap" must be a number above 0 and at most 4, got ${JSON.stringify(asymmetryGap)}.`);
  }
  if (typeof dimension !== "string" || dimension === "") {
    throw new Error(`${fn}: option "dimension" must be a non-empty string, got ${JSON.stringify(dimension)}.`);
  }
  if (by !== "member" && by !== "role") {
    throw new Error(`${fn}: option "by" must be "member" or "role", got ${JSON.stringify(by)}.`);
  }
  if (!(DISPLAY_MODES as readonly string[]).includes(display)) {
    throw new Error(`${fn}: option "display" must be one of ${DISPLAY_MODES.join(", ")}, got ${JSON.stringify(display)}.`);
  }
  return { threshold: resolvedBands.weak, bands: resolvedBands, asymmetryGap, dimension, by, display };
}

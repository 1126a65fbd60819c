// Weak/moderate/strong bands of a pair score (docs/design.md: ≤ 3.5 weak, ≤ 4.0 moderate, else strong).

/** Tolerance for comparing means with the limits, so that e.g. (3.4 + 3.6) / 2 counts as 3.5. */
export const EPSILON = 1e-9;

/** True when `score` ≤ `threshold` (weak link, "3.5 = Lav"). */
export function isWeak(score: number, threshold: number): boolean {
  return score <= threshold + EPSILON;
}

/**
 * Band of a score: "weak" when ≤ bands.weak, "moderate" when ≤ bands.moderate, else "strong".
 *
 * @throws when the limits are not numbers or moderate < weak.
 */
export function band(score: number, bands: { weak: number; moderate: number }): "weak" | "moderate" | "strong" {
  if (!Number.isFinite(bands?.weak) || !Number.isFinite(bands?.moderate) || bands.moderate < bands.weak) {
    throw new Error(`band: option "bands" must be { weak, moderate } with weak ≤ moderate, got ${JSON.stringify(bands)}.`);
  }
  if (isWeak(score, bands.weak)) return "weak";
  if (score <= bands.moderate + EPSILON) return "moderate";
  return "strong";
}

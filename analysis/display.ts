// A round's display setting applied to its scored pairs: every direction, pairs only (mean of both directions), or cells with ≥ 2 raters.
import type { ScoredPair } from "./fold.ts";

/** `direction` shows every scored pair; `pairs` one mean per pair and no direction; `min2` only cells with two or more raters. */
export const DISPLAY_MODES = ["direction", "pairs", "min2"] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export interface ShownPairs {
  pairs: ScoredPair[];
  /** Scored cells the setting left out (a pair without its reverse under `pairs`, a cell with one rater under `min2`). */
  hidden: number;
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The pairs as the display setting shows them (pure; the input is not changed):
 * - `direction`: unchanged.
 * - `pairs`: for a and b ≠ a with both directions scored, both directions get
 *   score = (s(a→b) + s(b→a)) / 2, n = n(a→b) + n(b→a) and raters = raters(a→b) + raters(b→a);
 *   a direction whose reverse is not scored is hidden (alone it would be one side's rating). A role's
 *   self-loop (members of one role about each other) has no direction to hide and stays.
 * - `min2`: a cell is shown when raters ≥ 2 (members of the rater role behind it); a member-level pair
 *   has one rater, so at member level nothing is shown.
 *
 * @throws naming `applyDisplay` when the mode is not one of DISPLAY_MODES.
 */
export function applyDisplay(pairs: readonly ScoredPair[], mode: DisplayMode): ShownPairs {
  if (!(DISPLAY_MODES as readonly string[]).includes(mode)) {
    throw new Error(`applyDisplay: mode must be one of ${DISPLAY_MODES.join(", ")}, got ${JSON.stringify(mode)}.`);
  }
  if (mode === "direction") return { pairs: pairs.map((p) => ({ ...p })), hidden: 0 };
  if (mode === "min2") {
    const shown = pairs.filter((p) => (p.raters ?? 1) >= 2).map((p) => ({ ...p }));
    return { pairs: shown, hidden: pairs.length - shown.length };
  }
  const byKey = new Map(pairs.map((p) => [key(p.source, p.target), p]));
  const shown: ScoredPair[] = [];
  for (const p of pairs) {
    if (p.source === p.target) {
      shown.push({ ...p });
      continue;
    }
    const back = byKey.get(key(p.target, p.source));
    if (!back) continue;
    shown.push({
      source: p.source,
      target: p.target,
      score: (p.score + back.score) / 2,
      n: p.n + back.n,
      raters: (p.raters ?? 1) + (back.raters ?? 1),
    });
  }
  return { pairs: shown, hidden: pairs.length - shown.length };
}

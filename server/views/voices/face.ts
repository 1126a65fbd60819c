// Inline SVG faces for the child's five-step scale: the mouth goes from a big frown (1) to a big smile (5).
import { raw, type Html } from "../html.ts";

/** Mouth path per step in a 40×40 box; shape alone carries the meaning (no colour coding). */
const MOUTHS = ["M10 32 Q20 19 30 32", "M12 30 Q20 25 28 30", "M12 28 L28 28", "M12 26 Q20 31 28 26", "M10 23 Q20 37 30 23 Z"];

/** The face for step 1..5; decorative (aria-hidden), the visible word next to it is the label. */
export function face(step: number): Html {
  const mouth = MOUTHS[Math.min(Math.max(step, 1), 5) - 1];
  return raw(
    `<svg class="face" viewBox="0 0 40 40" width="44" height="44" aria-hidden="true" focusable="false">` +
      `<circle cx="20" cy="20" r="18" class="face-bg"/>` +
      `<circle cx="14" cy="16" r="2.4" class="face-ink"/><circle cx="26" cy="16" r="2.4" class="face-ink"/>` +
      `<path d="${mouth}" class="face-line${step >= 5 ? " open" : ""}"/></svg>`,
  );
}

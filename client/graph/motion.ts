// The user's motion preference (prefers-reduced-motion): transitions then switch without animating.
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

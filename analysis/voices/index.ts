// Public API of the family/child analysis: the "Familiens opplevelse" band (pure, no I/O).
export { familyBand } from "./band.ts";
export { THEMES, type Theme } from "./themes.ts";
export type * from "./types.ts";

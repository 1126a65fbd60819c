// Colour-blind-safe band colours (Paul Tol's blue–grey–red) shared by graph, matrix and legends.
export type Band = "weak" | "moderate" | "strong";

export const BAND_COLOUR: Record<Band, string> = {
  weak: "#B2182B",
  moderate: "#7A7A7A",
  strong: "#2166AC",
};

/** Light tints for matrix cells (dark text stays readable, AA contrast). */
export const BAND_TINT: Record<Band, string> = {
  weak: "#FDDBC7",
  moderate: "#F0F0F0",
  strong: "#D1E5F0",
};

export const DIMMED = "#E2E2E2";

// Rounds service: lifecycle, personal links, response status and analysis of a round.
export * from "./lifecycle.ts";
export * from "./links.ts";
export * from "./status.ts";
export * from "./analysis.ts";

// Exports service: round and case exports in the formats of analysis/export.
export * from "./schemas.ts";
export * from "./meta.ts";
export * from "./exports.ts";

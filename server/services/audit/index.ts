// Audit service: recording entries, reading and exporting the log, and its retention.
export * from "./record.ts";
export * from "./list.ts";
export * from "./retention.ts";

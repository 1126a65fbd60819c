// Retention service.
export * from "./retention.ts";
export * from "./schedule.ts";

// Settings service.
export * from "./settings.ts";

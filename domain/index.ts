// Domain schemas: the one source of truth for API, forms, CLI and stored data.
export * from "./ids.ts";
export * from "./roles.ts";
export * from "./case.ts";
export * from "./round.ts";
export * from "./round-status.ts";
export * from "./mail.ts";
export * from "./voices.ts";
export * from "./voices-band.ts";
export * from "./response.ts";
export * from "./analysis.ts";
export * from "./user.ts";
export * from "./settings.ts";
export * from "./retention.ts";
export * from "./access-export.ts";
export * from "./errors.ts";

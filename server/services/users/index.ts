// Users service: workspace users and their API tokens.
export * from "./users.ts";
export * from "./tokens.ts";

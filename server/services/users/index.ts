// Users service: workspace users, their own account, API tokens and the districts they may see.
export * from "./users.ts";
export * from "./tokens.ts";
export * from "./account.ts";
export * from "./access.ts";
export * from "./sso.ts";

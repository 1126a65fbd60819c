// Aggregates service: cross-case role-pair matrices and change with min-n suppression, scoped to the user's districts.
export * from "./query.ts";
export * from "./schemas.ts";
export * from "./aggregates.ts";
export { aggregateScope } from "./collect.ts";

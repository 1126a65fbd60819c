// Aggregates service: views and exports of the published release, scoped to the user's districts, and publishing releases.
export * from "./query.ts";
export * from "./schemas.ts";
export * from "./aggregates.ts";
export { aggregateScope } from "./collect.ts";

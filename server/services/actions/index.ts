// Actions service: record and change the actions a meeting agreed, and follow each up in the next round.
export * from "./actions.ts";
export * from "./follow-up.ts";

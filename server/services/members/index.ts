// Members service: the seats of a case's team.
export * from "./members.ts";

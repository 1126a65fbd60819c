// Cases service: case management and the case-level access rules every other service uses.
export * from "./access.ts";
export * from "./cases.ts";

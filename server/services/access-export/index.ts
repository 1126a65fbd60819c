// Access-request export service.
export * from "./access-export.ts";

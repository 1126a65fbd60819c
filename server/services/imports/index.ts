// Imports service: matrix/long CSV or XLSX files → imported rounds (parse, plan, member mapping, problems, workers, apply).
export * from "./schemas.ts";
export * from "./parse.ts";
export * from "./plan.ts";
export * from "./problems.ts";
export * from "./prepare.ts";
export * from "./workers.ts";
export * from "./apply.ts";
export * from "./import-file.ts";

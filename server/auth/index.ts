// Auth feature: passwords, sessions, bearer tokens, CSRF, role checks, /api/auth routes.
export * from "./env.ts";
export * from "./password.ts";
export * from "./sessions.ts";
export * from "./middleware.ts";
export * from "./routes.ts";
export * from "./bootstrap.ts";
export * from "./sso-audit.ts";

// Single sign-on with OpenID Connect: settings, role map, routes.
export * from "./settings.ts";
export * from "./role-map.ts";
export * from "./failure.ts";
export * from "./routes.ts";

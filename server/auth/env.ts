// Hono context variables set by the auth middleware, shared by every authenticated route.
import type { Session, User } from "../../domain/index.ts";

/** How the request proved who it is. */
export type AuthKind = "session" | "bearer";

export interface AuthVariables {
  user: User;
  /** Present for cookie-authenticated requests. */
  session?: Session;
  authKind: AuthKind;
}

/** The Hono Env of authenticated API routes. */
export interface AuthEnv {
  Variables: AuthVariables;
}

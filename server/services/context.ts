// What a service function needs from outside: the store, a clock, the public base URL and the mailer (never Hono's Context).
import type { User } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import type { Mailer } from "../mail/transport.ts";
import type { Store } from "../store/types.ts";

export interface ServiceContext {
  store: Store;
  /** Injected clock so tests can move time. */
  now: () => Date;
  /** Public base URL printed in personal survey links, e.g. http://localhost:3000 */
  baseUrl: string;
  /** Sends mail (SMTP_URL and MAIL_FROM); absent = mail delivery is off. */
  mailer?: Mailer;
}

/** The context of the app's dependencies; it reads them on use, so a base URL set after start-up is seen. */
export function serviceContext(deps: AppDeps): ServiceContext {
  return {
    get store() {
      return deps.store;
    },
    now: () => deps.now(),
    get baseUrl() {
      return deps.config.baseUrl;
    },
    get mailer() {
      return deps.mailer;
    },
  };
}

/**
 * The actor of local tools (the CLI and the demo seeding) that run with the rights of whoever owns the
 * data folder: an admin that is never stored and cannot log in.
 */
export const LOCAL_ADMIN: User = {
  id: "_local",
  email: "local@laget.invalid",
  name: "Laget (local)",
  role: "admin",
  districts: [],
  passwordHash: "",
  createdAt: "1970-01-01T00:00:00.000Z",
  disabled: false,
};

// What createApp needs from the outside world: the store, settings and a clock. Only server/index.ts builds real ones.
import type { OidcSettings } from "./auth/oidc/settings.ts";
import type { Counters } from "./middleware/rate-limit/counters.ts";
import type { Logger } from "./logging/logger.ts";
import type { SurveyLimits } from "./routes/survey/limits.ts";
import type { Store } from "./store/types.ts";

export interface AppConfig {
  /** Public base URL used to print personal survey links, e.g. http://localhost:3000 */
  baseUrl: string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Session lifetime in milliseconds. */
  sessionTtlMs: number;
  /** Folder of the built workspace (dist/client); absent in tests that do not need it. */
  clientDir?: string;
  /** Rate limits of the respondent routes (default DEFAULT_SURVEY_LIMITS); env SURVEY_IP_PER_MINUTE / SURVEY_WRITES_PER_MINUTE. */
  surveyLimits?: SurveyLimits;
  /** Single sign-on with OpenID Connect (env OIDC_*); absent = off. */
  oidc?: OidcSettings;
  /** False (env LOCAL_LOGIN=0, only with oidc): password login answers 403 and the login page shows only single sign-on. */
  localLogin?: boolean;
}

export interface AppDeps {
  store: Store;
  config: AppConfig;
  /** Injected clock so tests can move time. */
  now: () => Date;
  /**
   * Where the rate-limit counters live; shared by every instance on one database (PostgreSQL). Absent: each
   * limiter counts in this process.
   */
  counters?: Counters;
  /** One line per request (server/index.ts passes the process's logger); absent: no request log. */
  logger?: Logger;
  /** The process's state for /readyz (server/index.ts drives it); absent: always ready. */
  lifeState?: () => "starting" | "ready" | "stopping";
}

export const DEFAULT_CONFIG: AppConfig = {
  baseUrl: "http://localhost:3000",
  secureCookies: false,
  sessionTtlMs: 8 * 60 * 60 * 1000,
};

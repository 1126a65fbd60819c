// What createApp needs from the outside world: the store, settings, a clock and a mailer. Only server/index.ts builds real ones.
import type { OidcSettings } from "./auth/oidc/settings.ts";
import type { Counters } from "./middleware/rate-limit/counters.ts";
import type { Mailer } from "./mail/transport.ts";
import type { Logger } from "./logging/logger.ts";
import type { SurveyLimits } from "./routes/survey/limits.ts";
import type { Store } from "./store/types.ts";

export interface AppConfig {
  /** Public base URL used to print personal survey links, e.g. http://localhost:3000 */
  baseUrl: string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Session lifetime in milliseconds (the absolute limit, 8 hours by default). */
  sessionTtlMs: number;
  /** A session ends after this long without a request (default 30 minutes; env SESSION_IDLE_MINUTES). */
  sessionIdleMs?: number;
  /** API token lifetime in days: the default at creation and the most a user may ask for (env API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS). */
  apiTokenDays?: { default: number; max: number };
  /** Months the audit log is kept before whole months are trimmed; 0 keeps it (env AUDIT_RETENTION_MONTHS, default 60). */
  auditRetentionMonths?: number;
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
  /** Sends the links and reminders by e-mail (SMTP_URL and MAIL_FROM); absent = mail delivery is off. */
  mailer?: Mailer;
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

/** Idle timeout when the config names none: 30 minutes. */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60 * 1000;
/** API token lifetime when the config names none: 90 days by default, at most 365. */
export const DEFAULT_API_TOKEN_DAYS = { default: 90, max: 365 } as const;

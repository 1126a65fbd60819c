// What createApp needs from the outside world: the store, settings, a clock and a mailer. Only server/index.ts builds real ones.
import type { OidcSettings } from "./auth/oidc/settings.ts";
import type { Counters } from "./middleware/rate-limit/counters.ts";
import type { Mailer } from "./mail/transport.ts";
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
  /** Sends the links and reminders by e-mail (SMTP_URL and MAIL_FROM); absent = mail delivery is off. */
  mailer?: Mailer;
}

export const DEFAULT_CONFIG: AppConfig = {
  baseUrl: "http://localhost:3000",
  secureCookies: false,
  sessionTtlMs: 8 * 60 * 60 * 1000,
};

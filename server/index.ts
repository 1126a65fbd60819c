// Entry point: reads the environment, opens the durable store, seeds first-start data and serves HTTP. The only place that listens.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp, type AppOptions } from "./app.ts";
import { ensureFirstAdmin } from "./auth/index.ts";
import { readSsoSettings, type SsoSettings } from "./auth/oidc/index.ts";
import { generateToken } from "./security/tokens.ts";
import { seedDemo, type SeedFile } from "./demo/index.ts";
import { DEFAULT_API_TOKEN_DAYS, DEFAULT_CONFIG, DEFAULT_SESSION_IDLE_MS, type AppConfig } from "./deps.ts";
import { EXIT_CONFIG } from "./exit-codes.ts";
import { readMailSettings, smtpServerName, type MailSettings } from "./mail/settings.ts";
import { createSmtpMailer } from "./mail/transport.ts";
import { createLogger, readLogSettings, type Logger } from "./logging/logger.ts";
import { DEFAULT_GUESS_LIMIT } from "./middleware/rate-limit/guess-limit.ts";
import { parseTrustProxy } from "./middleware/rate-limit/client-address.ts";
import { startImportWorkers, type ImportWorkerSettings } from "./services/imports/index.ts";
import { DEFAULT_AUDIT_RETENTION_MONTHS, trimAuditLog } from "./services/audit/index.ts";
import { gracefulShutdown } from "./process/shutdown.ts";
import type { ServiceContext } from "./services/context.ts";
import { scheduleRetention } from "./services/retention/index.ts";
import { createUser } from "./services/users/index.ts";
import { DEFAULT_SURVEY_LIMITS } from "./routes/survey/limits.ts";
import { StoreCorruptError, StoreLockedError, openFileStore, type Store } from "./store/index.ts";
import { isUnavailable, openPostgresStore, type PostgresStore } from "./store/postgres/index.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const env = process.env;
const DEMO_ADMIN = "admin@laget.example";

/** LOG_FORMAT / LOG_LEVEL: JSON lines in production, `laget: …` text otherwise. */
const log: Logger = (() => {
  try {
    return createLogger(readLogSettings(env));
  } catch (err) {
    console.error(`laget: ${(err as Error).message}`);
    process.exit(EXIT_CONFIG);
  }
})();

/** Logs a clear message (no stack trace) and exits with EXIT_CONFIG, which tells the supervisor not to restart. */
function fail(message: string): never {
  log.fatal(message);
  process.exit(EXIT_CONFIG);
}

/** OIDC_* and LOCAL_LOGIN (the role map may come from the file OIDC_ROLE_MAP_FILE). */
function readSso(baseUrl: string): SsoSettings {
  try {
    return readSsoSettings(env, baseUrl, (path) => readFileSync(resolve(path), "utf8"));
  } catch (err) {
    fail((err as Error).message);
  }
}

/** SMTP_URL and MAIL_FROM: both set turns mail delivery on, neither leaves it off. */
function readMail(): MailSettings | undefined {
  try {
    return readMailSettings(env);
  } catch (err) {
    fail((err as Error).message);
  }
}

/** Settings from the environment. */
function readConfig(port: number, host: string): AppConfig {
  const clientDir = resolve(REPO, "dist/client");
  const baseUrl = (env.BASE_URL ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`).replace(/\/+$/, "");
  return {
    ...DEFAULT_CONFIG,
    ...readSso(baseUrl),
    baseUrl,
    secureCookies: env.SECURE_COOKIES === "1" || env.SECURE_COOKIES === "true",
    clientDir: existsSync(resolve(clientDir, "index.html")) ? clientDir : undefined,
    surveyLimits: readSurveyLimits(),
    ...readAccountLimits(),
  };
}

/** SESSION_IDLE_MINUTES, API_TOKEN_DEFAULT_DAYS / API_TOKEN_MAX_DAYS and AUDIT_RETENTION_MONTHS (0 keeps the audit log). */
function readAccountLimits(): Pick<AppConfig, "sessionIdleMs" | "apiTokenDays" | "auditRetentionMonths"> {
  const whole = (name: string, fallback: number, min: number) => {
    const v = Number(env[name] ?? fallback);
    return Number.isInteger(v) && v >= min ? v : fail(`${name} must be a whole number from ${min}, got "${env[name]}"`);
  };
  const max = whole("API_TOKEN_MAX_DAYS", DEFAULT_API_TOKEN_DAYS.max, 1);
  const days = whole("API_TOKEN_DEFAULT_DAYS", Math.min(DEFAULT_API_TOKEN_DAYS.default, max), 1);
  if (days > max) fail(`API_TOKEN_DEFAULT_DAYS (${days}) must not exceed API_TOKEN_MAX_DAYS (${max})`);
  return {
    sessionIdleMs: whole("SESSION_IDLE_MINUTES", DEFAULT_SESSION_IDLE_MS / 60_000, 1) * 60_000,
    apiTokenDays: { default: days, max },
    auditRetentionMonths: whole("AUDIT_RETENTION_MONTHS", DEFAULT_AUDIT_RETENTION_MONTHS, 0),
  };
}

/** Removes audit months past the retention (at start and then daily); a failure is logged, the server keeps running. */
async function trimAudit(store: Store, months: number): Promise<void> {
  try {
    const removed = await trimAuditLog({ store, now: () => new Date() }, months);
    if (removed.length > 0) console.log(`laget: audit log months removed after ${months} months: ${removed.join(", ")}`);
  } catch (err) {
    console.error(`laget: could not trim the audit log: ${(err as Error).message}`);
  }
}

/** SURVEY_GUESSES_PER_10_MINUTES overrides the failed-link-lookup brake (e.g. for load tests from one address); TRUST_PROXY. */
function readAppOptions(): AppOptions {
  const options: AppOptions = { ...readTrustProxy() };
  const raw = env.SURVEY_GUESSES_PER_10_MINUTES;
  if (raw === undefined) return options;
  const max = Number(raw);
  if (!Number.isInteger(max) || max <= 0) fail(`SURVEY_GUESSES_PER_10_MINUTES must be a positive whole number, got "${raw}"`);
  return { ...options, guessLimit: { ...DEFAULT_GUESS_LIMIT, max } };
}

/** TRUST_PROXY: the proxies whose X-Forwarded-For the rate limits believe. */
function readTrustProxy(): Pick<AppOptions, "trustProxy"> {
  try {
    const trustProxy = parseTrustProxy(env.TRUST_PROXY);
    return trustProxy ? { trustProxy } : {};
  } catch (err) {
    fail((err as Error).message);
  }
}

/** IMPORT_WORKER_HEAP_MB, IMPORT_TIME_LIMIT_SECONDS: the limits of the threads that read uploaded import files. */
function readImportWorkers(): Partial<ImportWorkerSettings> {
  const num = (name: string, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined) return undefined;
    const v = Number(raw);
    return Number.isInteger(v) && v >= min && v <= max ? v : fail(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  };
  const heapMb = num("IMPORT_WORKER_HEAP_MB", 32, 4096);
  const seconds = num("IMPORT_TIME_LIMIT_SECONDS", 1, 600);
  return { ...(heapMb !== undefined && { heapMb }), ...(seconds !== undefined && { timeLimitMs: seconds * 1000 }) };
}

/** SURVEY_IP_PER_MINUTE / SURVEY_WRITES_PER_MINUTE override the respondent rate limits (e.g. for load tests). */
function readSurveyLimits(): AppConfig["surveyLimits"] {
  if (env.SURVEY_IP_PER_MINUTE === undefined && env.SURVEY_WRITES_PER_MINUTE === undefined) return undefined;
  const num = (name: string, fallback: number) => {
    const v = Number(env[name] ?? fallback);
    return Number.isInteger(v) && v > 0 ? v : fail(`${name} must be a positive whole number, got "${env[name]}"`);
  };
  return {
    requestsPerIpPerMinute: num("SURVEY_IP_PER_MINUTE", DEFAULT_SURVEY_LIMITS.requestsPerIpPerMinute),
    writesPerLinkPerMinute: num("SURVEY_WRITES_PER_MINUTE", DEFAULT_SURVEY_LIMITS.writesPerLinkPerMinute),
  };
}

/** The example matrices shipped in examples/ (or SEED_DIR); [] when missing. */
function readSeedFiles(): SeedFile[] {
  const dir = env.SEED_DIR ? resolve(env.SEED_DIR) : resolve(REPO, "examples");
  const names = [1, 2, 3].map((n) => `case-${n}.csv`).filter((n) => existsSync(resolve(dir, n)));
  if (names.length === 0) log.info(`no seed matrices in ${dir}; skipping the seed cases`);
  return names.map((name) => ({ name, text: readFileSync(resolve(dir, name), "utf8") }));
}

/** Opens the store, or exits with a clear message for a damaged file or a second server on the same directory. */
async function openStore(dataDir: string): Promise<Store> {
  try {
    // COMPACT_AFTER_BYTES: log segment size before compaction (default 64 MiB); the crash tests set it small.
    const compactAfterBytes = env.COMPACT_AFTER_BYTES ? Number(env.COMPACT_AFTER_BYTES) : undefined;
    if (compactAfterBytes !== undefined && !(Number.isInteger(compactAfterBytes) && compactAfterBytes > 0)) {
      fail(`COMPACT_AFTER_BYTES must be a positive whole number, got "${env.COMPACT_AFTER_BYTES}"`);
    }
    return await openFileStore(dataDir, { compactAfterBytes });
  } catch (err) {
    if (err instanceof StoreCorruptError || err instanceof StoreLockedError) fail(err.message);
    fail(`cannot open the data directory ${dataDir}: ${(err as Error).message}`);
  }
}

/** The database URL without its password, for messages. */
const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

/** Opens the PostgreSQL store on DATABASE_URL (schema migrated), or exits with a clear message. */
async function openDatabase(url: string): Promise<PostgresStore> {
  const raw = env.DATABASE_POOL_MAX;
  const max = raw === undefined ? undefined : Number(raw);
  if (max !== undefined && !(Number.isInteger(max) && max >= 2)) fail(`DATABASE_POOL_MAX must be a whole number ≥ 2, got "${raw}"`);
  try {
    const store = await openPostgresStore(url, { max });
    const { applied, version } = store.migration;
    log.info(`database ${redact(url)} at schema version ${version}${applied.length ? ` (applied ${applied.join(", ")})` : ""}`);
    return store;
  } catch (err) {
    const message = `cannot open the database ${redact(url)}: ${(err as Error).message}`;
    if (!isUnavailable(err)) fail(message);
    // Down or restarting: exit 1, so the supervisor tries again after its back-off.
    log.error(message);
    process.exit(1);
  }
}

/** First start: the admin from ADMIN_EMAIL / ADMIN_PASSWORD and the demo data. */
async function firstStart(store: Store, config: AppConfig): Promise<void> {
  const ctx: ServiceContext = { store, now: () => new Date(), baseUrl: config.baseUrl };
  try {
    const admin = await ensureFirstAdmin(ctx, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    if (admin) log.info(`created the first admin ${admin.email}`);
  } catch (err) {
    fail(`ADMIN_EMAIL / ADMIN_PASSWORD are not valid (password at least 10 characters): ${(err as Error).message}`);
  }
  const noUsers = (await store.listUsers()).length === 0;
  if (env.DEMO_DATA === "0") {
    if (noUsers && config.oidc) log.info("no users yet; they are created at their first single sign-on login (map an admin group in the role map)");
    else if (noUsers) log.info("no users yet; set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run cli -- user add ...`");
    return;
  }
  if (noUsers) {
    // Demo mode on a fresh store: a newcomer must be able to log in without reading further.
    const password = generateToken().slice(0, 16);
    await createUser(ctx, { email: DEMO_ADMIN, name: "Demo-administrator", role: "admin", password });
    log.info(`demo admin created (shown once): ${DEMO_ADMIN} / ${password}  (set ADMIN_EMAIL/ADMIN_PASSWORD or DEMO_DATA=0 in production)`);
  }
  const demo = await seedDemo(ctx, readSeedFiles());
  if (!demo.seeded) return;
  const who = (link: (typeof demo.links)[number]) => (link.form === "child" ? "barnet" : link.form === "family" ? `${link.role} (familie)` : link.role);
  const lines = demo.links.map((link) => `  ${who(link).padEnd(14)} ${link.url}`);
  log.info([`demo data loaded (${demo.cases.map((c) => c.code).join(", ")}). Survey links of the demo round (shown once):`, ...lines].join("\n"));
}

async function main(): Promise<void> {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, got "${env.PORT}"`);
  const hostname = env.HOST ?? "127.0.0.1";
  const dataDir = resolve(env.DATA_DIR ?? "data");
  const config = readConfig(port, hostname);
  const options = readAppOptions();
  const importSettings = readImportWorkers();
  if (config.oidc) {
    const local = config.localLogin ? "password login also on" : "password login off";
    log.info(`single sign-on with ${config.oidc.name} (${config.oidc.issuer}); redirect URI ${config.oidc.redirectUri}; ${local}`);
  }
  const mail = readMail();
  // The start-up line names the server and the sender, never the URL (it may hold the password).
  if (mail) log.info(`mail through ${smtpServerName(mail.url)} as ${mail.fromAddress}`);
  const mailer = mail ? createSmtpMailer(mail) : undefined;
  // DATABASE_URL: PostgreSQL, shared by any number of instances; otherwise the embedded store in DATA_DIR.
  const database = env.DATABASE_URL ? await openDatabase(env.DATABASE_URL) : undefined;
  const store = database ?? (await openStore(dataDir));
  // Instances starting together on one database take turns, so only the first seeds.
  await (database ? database.exclusive(() => firstStart(store, config)) : firstStart(store, config));
  const retention = config.auditRetentionMonths ?? DEFAULT_AUDIT_RETENTION_MONTHS;
  const trim = () => (database ? database.exclusive(() => trimAudit(store, retention)) : trimAudit(store, retention));
  await trim();
  setInterval(() => void trim(), 24 * 60 * 60 * 1000).unref();

  const importWorkers = startImportWorkers(importSettings);
  if (options.trustProxy) log.info(`client addresses from X-Forwarded-For behind ${options.trustProxy.describe} (TRUST_PROXY)`);
  else if (config.secureCookies) log.info("TRUST_PROXY is not set: behind a reverse proxy every client shares the proxy's address in the rate limits");
  let state: "starting" | "ready" | "stopping" = "starting";
  const deps = { store, config, now: () => new Date(), counters: database?.counters, mailer, logger: log, lifeState: () => state };
  const app = createApp(deps, { ...options, importWorkers });
  const where = database ? `database ${redact(env.DATABASE_URL!)}` : `data in ${dataDir}`;
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    if (state === "starting") state = "ready";
    log.info(`listening on http://${hostname}:${info.port} (${where}${config.clientDir ? "" : "; workspace not built, run npm run build"})`);
  }) as Server;
  // Retention: erase cases whose retention period ended, shortly after start-up and then daily (one instance at a time).
  const stopRetention = scheduleRetention(
    { store, now: () => new Date() },
    {
      exclusive: database ? (task) => database.exclusive(task) : undefined,
      report: (run) => {
        if ("error" in run) log.error(`retention run failed (tried again tomorrow): ${run.error.message}`);
        else if (run.erased.length > 0) log.info(`retention erased ${run.erased.length} case(s): ${run.erased.map((d) => `${d.district}/${d.code}`).join(", ")}`);
      },
    },
  );
  server.on("error", async (err: NodeJS.ErrnoException) => {
    await store.close();
    fail(err.code === "EADDRINUSE" ? `port ${port} is already in use (set PORT)` : `cannot listen: ${err.message}`);
  });

  const stop = gracefulShutdown({
    server,
    log,
    closeStore: async () => {
      await stopRetention();
      await importWorkers.close();
      mailer?.close();
      await store.close();
    },
    onStopping: () => (state = "stopping"),
    graceMs: readGraceMs(),
  });
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

/** SHUTDOWN_GRACE_MS: how long in-flight requests may run after SIGTERM before their connections are cut (≤ 9000). */
function readGraceMs(): number | undefined {
  const raw = env.SHUTDOWN_GRACE_MS;
  if (raw === undefined) return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 9_000) fail(`SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 9000, got "${raw}"`);
  return ms;
}

await main();

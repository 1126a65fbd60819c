// Single sign-on settings from the environment (OIDC_*, LOCAL_LOGIN), validated once at start-up with clear messages.
import { z } from "zod";
import { invalid, type Issue } from "../../../domain/index.ts";
import { RoleMap } from "./role-map.ts";

/** Everything the OpenID Connect login needs; built by readSsoSettings, passed to createApp in AppConfig.oidc. */
export interface OidcSettings {
  /** The provider's issuer identifier, e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; registered at the provider. */
  redirectUri: string;
  /** Where the provider sends the browser after logging out there. */
  postLogoutRedirectUri: string;
  /** Space-separated scopes; always includes openid. */
  scopes: string;
  /** Shown on the button: "Logg inn med {name}". */
  name: string;
  /** Also read the claims of the provider's userinfo endpoint (Feide gives name and e-mail only there). */
  userinfo: boolean;
  roleMap: RoleMap;
}

/** The outcome of reading the environment. */
export interface SsoSettings {
  oidc?: OidcSettings;
  /** False (LOCAL_LOGIN=0): password login is off and only single sign-on logs in. */
  localLogin: boolean;
}

/** The provider is fetched by the server (discovery, keys, tokens): plain http only on this machine (tests, development). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SecureUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === "https:" || LOOPBACK.has(url.hostname);
  }, "must use https (plain http only for localhost)");

/** Laget's own addresses: the provider decides whether it accepts plain http (Entra ID only for localhost). */
const WebUrl = z.url({ protocol: /^https?$/ }).max(500);

/** "is required" for a missing variable instead of zod's type message. */
const required = { error: (i: { input: unknown }) => (i.input === undefined ? "is required" : undefined) };

const OnOff = z.enum(["0", "1", "false", "true"]).transform((v) => v === "1" || v === "true");

const Env = z.object({
  OIDC_ISSUER: z.string(required).pipe(SecureUrl),
  OIDC_CLIENT_ID: z.string(required).trim().min(1).max(500),
  OIDC_CLIENT_SECRET: z.string(required).min(1).max(2000),
  OIDC_REDIRECT_URI: WebUrl.optional(),
  OIDC_POST_LOGOUT_REDIRECT_URI: WebUrl.optional(),
  OIDC_SCOPES: z
    .string()
    .trim()
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, "scopes separated by single spaces")
    .max(500)
    .optional(),
  OIDC_NAME: z.string().trim().min(1).max(40).optional(),
  OIDC_USERINFO: OnOff.optional(),
});

type EnvRecord = Record<string, string | undefined>;

/** zod issues as "NAME: message" lines. */
function issuesOf(err: z.ZodError, prefix?: string): Issue[] {
  return err.issues.map((i) => ({ path: [...(prefix ? [prefix] : []), ...i.path.map(String)].join("."), message: i.message }));
}

/** One readable line for start-up: every problem, each with the variable (and for the map, the dotted path). */
function fail(summary: string, issues: Issue[]): never {
  const detail = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  throw invalid("sso_settings", `${summary}: ${detail}`, issues);
}

/** A default label from well-known issuers. */
function defaultName(issuer: string): string {
  const host = new URL(issuer).hostname;
  if (host === "login.microsoftonline.com" || host.endsWith(".ciamlogin.com")) return "Microsoft Entra ID";
  if (host === "auth.dataporten.no" || host.endsWith(".feide.no")) return "Feide";
  return "SSO";
}

/** Parses the role map (JSON text) with messages that name the variable and the path inside the map. */
function parseRoleMap(text: string, source: string): RoleMap {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    fail(`${source} is not valid JSON`, [{ path: source, message: (err as Error).message }]);
  }
  const parsed = RoleMap.safeParse(data);
  if (!parsed.success) fail(`${source} is not a valid role map`, issuesOf(parsed.error, source));
  return parsed.data;
}

/**
 * Reads OIDC_* and LOCAL_LOGIN. No OIDC_* variable set → no single sign-on. `readFile` reads OIDC_ROLE_MAP_FILE
 * (only server/index.ts passes the real file system). Throws a LagetError (kind "invalid") naming each problem.
 */
export function readSsoSettings(env: EnvRecord, baseUrl: string, readFile: (path: string) => string): SsoSettings {
  const local = OnOff.safeParse(env.LOCAL_LOGIN ?? "1");
  if (!local.success) fail("LOCAL_LOGIN must be 0 or 1", [{ path: "LOCAL_LOGIN", message: `got "${env.LOCAL_LOGIN}"` }]);
  const localLogin = local.data;
  const named = Object.keys(env).filter((k) => k.startsWith("OIDC_") && env[k] !== undefined && env[k] !== "");
  if (named.length === 0) {
    if (!localLogin) fail("LOCAL_LOGIN=0 needs single sign-on", [{ path: "OIDC_ISSUER", message: "set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_ROLE_MAP" }]);
    return { localLogin };
  }
  const values = Object.fromEntries(named.map((k) => [k, env[k]]));
  const parsed = Env.safeParse(values);
  if (!parsed.success) fail("single sign-on settings are not valid", issuesOf(parsed.error));
  const e = parsed.data;

  if (env.OIDC_ROLE_MAP && env.OIDC_ROLE_MAP_FILE) fail("give the role map once", [{ path: "OIDC_ROLE_MAP_FILE", message: "set OIDC_ROLE_MAP or OIDC_ROLE_MAP_FILE, not both" }]);
  let roleMap: RoleMap;
  if (env.OIDC_ROLE_MAP) roleMap = parseRoleMap(env.OIDC_ROLE_MAP, "OIDC_ROLE_MAP");
  else if (env.OIDC_ROLE_MAP_FILE) {
    let text: string;
    try {
      text = readFile(env.OIDC_ROLE_MAP_FILE);
    } catch (err) {
      fail("cannot read the role map", [{ path: "OIDC_ROLE_MAP_FILE", message: (err as Error).message }]);
    }
    roleMap = parseRoleMap(text, "OIDC_ROLE_MAP_FILE");
  } else {
    fail("single sign-on needs a role map", [{ path: "OIDC_ROLE_MAP", message: 'map groups or claims to roles, e.g. {"groups":{"<group id>":{"role":"facilitator","districts":["Heimdal"]}}}' }]);
  }

  const base = baseUrl.replace(/\/+$/, "");
  const redirectUri = e.OIDC_REDIRECT_URI ?? `${base}/api/auth/oidc/callback`;
  const postLogoutRedirectUri = e.OIDC_POST_LOGOUT_REDIRECT_URI ?? `${base}/`;
  for (const [name, url] of [["OIDC_REDIRECT_URI", redirectUri], ["OIDC_POST_LOGOUT_REDIRECT_URI", postLogoutRedirectUri]]) {
    const check = WebUrl.safeParse(url);
    if (!check.success) fail("single sign-on settings are not valid", [{ path: `${name} (${url}, from BASE_URL)`, message: check.error.issues[0].message }]);
  }
  const scopes = new Set((e.OIDC_SCOPES ?? "openid email profile").split(" "));
  scopes.add("openid");
  return {
    localLogin,
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      redirectUri,
      postLogoutRedirectUri,
      scopes: [...scopes].join(" "),
      name: e.OIDC_NAME ?? defaultName(e.OIDC_ISSUER),
      userinfo: e.OIDC_USERINFO ?? true,
      roleMap,
    },
  };
}

// Test set-up for single sign-on: the real provider, Laget configured from OIDC_* variables, and login/logout walks.
import { createApp } from "../../../../server/app.ts";
import { readSsoSettings } from "../../../../server/auth/oidc/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../../server/deps.ts";
import { createMemoryStore } from "../../../../server/store/memory.ts";
import { TestBrowser, type Hop } from "./browser.ts";
import { CLIENT, startProvider, type ProviderOptions, type TestProvider } from "./provider.ts";

export const ORIGIN = "http://laget.test";
export const GROUPS = { heimdal: "6f1c2a9e-heimdal-fasi", admins: "0b7d3e11-laget-admins", eval: "9a3e5c2d-evaluators" };

/** The role map the tests configure: two groups and one rule on the Feide principal name. */
export const ROLE_MAP = {
  claim: "groups",
  groups: {
    [GROUPS.heimdal]: { role: "facilitator", districts: ["Heimdal"] },
    [GROUPS.admins]: { role: "admin" },
    [GROUPS.eval]: { role: "evaluator", districts: ["Lerkendal"] },
  },
  rules: [{ claim: "https://n.feide.no/claims/eduPersonPrincipalName", endsWith: "@heimdal.skole.test", role: "facilitator", districts: ["Heimdal"] }],
};

export interface SsoHarness {
  op: TestProvider;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  /** A fresh browser (empty cookie jar). */
  browser(): TestBrowser;
  /** Moves Laget's clock (not the provider's). */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<ProviderOptions> {
  env?: Record<string, string>;
}

/** Starts the provider and builds Laget with OIDC_* settings pointing at it. */
export async function startSso(options: HarnessOptions = {}): Promise<SsoHarness> {
  const op = await startProvider({ redirectUri: `${ORIGIN}/api/auth/oidc/callback`, postLogoutRedirectUri: `${ORIGIN}/`, ...options });
  const env = {
    OIDC_ISSUER: op.issuer,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    OIDC_SCOPES: "openid email profile groups feide",
    OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP),
    OIDC_NAME: "Testleverandør",
    ...options.env,
  };
  const sso = readSsoSettings(env, ORIGIN, () => {
    throw new Error("no files in this test");
  });
  let t = Date.now();
  const deps: AppDeps = { store: createMemoryStore(), config: { ...DEFAULT_CONFIG, baseUrl: ORIGIN, ...sso }, now: () => new Date(t) };
  const app = createApp(deps);
  return {
    op,
    deps,
    app,
    browser: () => new TestBrowser({ origin: ORIGIN, request: (path, init) => app.request(path, init) }),
    advance: (ms) => void (t += ms),
    close: async () => {
      await op.close();
      await deps.store.close();
    },
  };
}

/** Stops before Laget's workspace pages (not built in these tests): any Laget address outside /api. */
export const atWorkspace = (u: URL) => u.origin === ORIGIN && !u.pathname.startsWith("/api/");

/** Starts a login at Laget and walks to the provider's sign-in form; returns the form's address. */
export async function openProviderForm(b: TestBrowser): Promise<{ formUrl: string; hops: Hop[] }> {
  const hops = await b.follow(`${ORIGIN}/api/auth/oidc/login`);
  const last = hops.at(-1)!;
  if (last.status !== 200 || !last.url.includes("/interaction/")) throw new Error(`expected the provider's form, got ${last.status} ${last.url}`);
  return { formUrl: last.url, hops };
}

/** Signs in at the provider's form as `sub` and follows the redirects back through Laget's callback. */
export async function submitProviderForm(b: TestBrowser, formUrl: string, sub: string, stop: (u: URL) => boolean = atWorkspace): Promise<Hop[]> {
  return b.follow(formUrl, { method: "POST", form: { sub } }, stop);
}

/** The whole login: Laget → provider form → sign in → callback → back at Laget. */
export async function loginAs(b: TestBrowser, sub: string): Promise<Hop[]> {
  const { formUrl, hops } = await openProviderForm(b);
  return [...hops, ...(await submitProviderForm(b, formUrl, sub))];
}

/** The hop that hit Laget's callback. */
export const callbackHop = (hops: Hop[]) => hops.find((h) => h.url.startsWith(`${ORIGIN}/api/auth/oidc/callback`));

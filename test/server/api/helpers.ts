// Test helpers: an app over the memory store with a movable clock, seeded users and request shortcuts.
import type { UserRole } from "../../../domain/index.ts";
import { createApp, type AppOptions } from "../../../server/app.ts";
import { createUser } from "../../../server/services/users/index.ts";
import { DEFAULT_CONFIG, type AppConfig, type AppDeps } from "../../../server/deps.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";

export const PASSWORD = "correct horse battery";

/** A logged-in browser: session cookie and the CSRF value. */
export interface Browser {
  cookie: string;
  csrf: string;
}

/** Credentials for a request: a browser session, a bearer token, or nothing. */
export type Auth = Browser | { bearer: string } | undefined;

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** Moves the injected clock. */
  advance(ms: number): void;
  call(method: string, path: string, opts?: { auth?: Auth; body?: unknown; raw?: string; csrf?: boolean; headers?: Record<string, string> }): Promise<Response>;
  login(email: string, password?: string): Promise<Browser>;
}

/** Builds an app over a fresh memory store (`mailer` turns mail delivery on). */
export function makeApp(options: AppOptions = {}, config: Partial<AppConfig> = {}, mailer?: AppDeps["mailer"], store: AppDeps["store"] = createMemoryStore()): TestApp {
  // Start at real time: the store prunes expired sessions by the wall clock when a new one is stored.
  let t = Date.now();
  const deps: AppDeps = { store, config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test", ...config }, now: () => new Date(t), mailer };
  const app = createApp(deps, options);
  const call: TestApp["call"] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    const auth = opts.auth;
    if (auth && "bearer" in auth) headers.authorization = `Bearer ${auth.bearer}`;
    if (auth && "cookie" in auth) {
      headers.cookie = `laget_session=${auth.cookie}`;
      if (opts.csrf !== false) headers["x-csrf-token"] = auth.csrf;
    }
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  const login: TestApp["login"] = async (email, password = PASSWORD) => {
    const res = await call("POST", "/api/auth/login", { body: { email, password } });
    if (res.status !== 200) throw new Error(`login ${email} → ${res.status} ${await res.text()}`);
    const cookie = /laget_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken };
  };
  return { app, deps, advance: (ms) => void (t += ms), call, login };
}

/** Adds the standard cast: an admin, a facilitator in Heimdal, one in Lerkendal, an evaluator. */
export async function addUsers(deps: AppDeps): Promise<void> {
  const add = (email: string, role: UserRole, districts: string[] = []) =>
    createUser(deps, { email, name: email.split("@")[0], role, districts, password: PASSWORD });
  await add("admin@laget.test", "admin");
  await add("fasi@laget.test", "facilitator", ["Heimdal"]);
  await add("other@laget.test", "facilitator", ["Lerkendal"]);
  await add("eval@laget.test", "evaluator", ["Heimdal"]);
}

/** An app with the standard cast, logged in as the Heimdal facilitator (fasi@laget.test). */
export async function facilitatorApp(options: AppOptions = {}): Promise<{ t: TestApp; fasi: Browser }> {
  const t = makeApp(options);
  await addUsers(t.deps);
  return { t, fasi: await t.login("fasi@laget.test") };
}

/** Creates a case with members through the API; returns the ids. */
export async function makeCase(t: TestApp, auth: Auth, roles = ["PPT", "HEGE", "FORÆ"], district = "Heimdal") {
  const res = await t.call("POST", "/api/cases", { auth, body: { code: `Sak ${Math.random().toString(36).slice(2, 8)}`, district } });
  if (res.status !== 201) throw new Error(`create case → ${res.status} ${await res.text()}`);
  const caseId = ((await res.json()) as { case: { id: string } }).case.id;
  const memberIds: string[] = [];
  for (const role of roles) {
    const m = await t.call("POST", `/api/cases/${caseId}/members`, { auth, body: { role } });
    memberIds.push(((await m.json()) as { member: { id: string } }).member.id);
  }
  return { caseId, memberIds };
}

/** Reads a JSON body as `any`-free record. */
export async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

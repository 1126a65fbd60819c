// Test helpers: Laget app instances (createApp) that share one PostgreSQL database, each with its own pool.
import { onTestFinished } from "vitest";
import { createApp } from "../../../../server/app.ts";
import { createUser } from "../../../../server/services/users/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../../server/deps.ts";
import { openPostgresStore, type PostgresStore } from "../../../../server/store/postgres/index.ts";

export const PASSWORD = "correct horse battery";

export interface Instance {
  store: PostgresStore;
  deps: AppDeps;
  /** A request to this instance; `session` adds the cookie and CSRF header, `device` a respondent's device cookie ("laget_device=…"). */
  call(method: string, path: string, opts?: { session?: Session; body?: unknown; ip?: string; device?: string }): Promise<Response>;
  login(email: string, password?: string): Promise<Response>;
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** An app over its own PostgreSQL store on `url`, closed when the test ends. `clock` is shared by the caller's instances. */
export async function instance(url: string, clock: () => Date = () => new Date()): Promise<Instance> {
  const store = await openPostgresStore(url, { max: 4 });
  onTestFinished(() => store.close());
  const deps: AppDeps = { store, config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test" }, now: clock, counters: store.counters };
  const app = createApp(deps);
  const call: Instance["call"] = (method, path, opts = {}) => {
    const headers: Record<string, string> = {};
    if (opts.session) Object.assign(headers, { cookie: `laget_session=${opts.session.cookie}`, "x-csrf-token": opts.session.csrf });
    if (opts.device) headers.cookie = opts.device;
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    // app.request has no socket: the rate limits see the address given here (or "unknown").
    const env = opts.ip ? { incoming: { socket: { remoteAddress: opts.ip } } } : undefined;
    return Promise.resolve(app.request(path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }, env));
  };
  return { store, deps, call, login: (email, password = PASSWORD) => call("POST", "/api/auth/login", { body: { email, password } }) };
}

/** The session of a successful login response. */
export async function sessionOf(res: Response): Promise<Session> {
  if (res.status !== 200) throw new Error(`login → ${res.status} ${await res.text()}`);
  const cookie = /laget_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** Adds a facilitator for Heimdal through `inst`'s store. */
export async function addFacilitator(inst: Instance, email = "fasi@laget.test"): Promise<void> {
  await createUser({ store: inst.store, now: inst.deps.now }, { email, name: "Fasi", role: "facilitator", districts: ["Heimdal"], password: PASSWORD });
}

/** Creates a case with `roles` and opens a survey round through `inst`'s API; returns ids and the links' tokens. */
export async function openRoundVia(inst: Instance, session: Session, roles = ["PPT", "HEGE", "KOORD"]) {
  const expectStatus = async (res: Response, status: number) => {
    if (res.status !== status) throw new Error(`${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, never>;
  };
  const kase = await expectStatus(await inst.call("POST", "/api/cases", { session, body: { code: `Sak ${Math.random().toString(36).slice(2, 7)}`, district: "Heimdal" } }), 201);
  const caseId = (kase.case as { id: string }).id;
  const memberIds: string[] = [];
  for (const role of roles) {
    const m = await expectStatus(await inst.call("POST", `/api/cases/${caseId}/members`, { session, body: { role } }), 201);
    memberIds.push((m.member as { id: string }).id);
  }
  const draft = await expectStatus(await inst.call("POST", `/api/cases/${caseId}/rounds`, { session, body: { name: "Høst" } }), 201);
  const roundId = (draft.round as { id: string }).id;
  const opened = await expectStatus(await inst.call("POST", `/api/rounds/${roundId}/open`, { session }), 200);
  const tokens = (opened.links as { memberId: string; url: string }[]).map((l) => ({ memberId: l.memberId, token: l.url.split("/s/")[1] }));
  return { caseId, roundId, memberIds, tokens };
}

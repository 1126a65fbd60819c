// Test fixture: a memory store with one case of six members, an open rc7 round and a personal link each.
import { Hono } from "hono";
import type { Link, Member, Round } from "../../../domain/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../server/deps.ts";
import { surveyRoutes } from "../../../server/routes/survey/index.ts";
import { generateToken, hashToken } from "../../../server/security/tokens.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { RC7_V2 } from "../../../surveys/rc7-v2.ts";

export const T0 = "2025-03-10T09:00:00.000Z";
export const ORIGIN = "http://localhost";
export const ITEMS = RC7_V2.items.map((i) => i.id);

/**
 * A browser's cookie jar over `app.request()`: keeps the cookies the app sets, by name and path, and sends those
 * whose path matches the request (RFC 6265 path-match), as a browser does. A fresh Browser is another device.
 */
export class Browser {
  readonly cookies = new Map<string, { name: string; value: string; path: string }>();
  constructor(private readonly app: { request(url: string, init: RequestInit): Response | Promise<Response> }) {}

  /** The Cookie header for `path`: matching cookies, longer paths first. */
  cookieFor(path: string): string {
    const matches = (p: string) => path === p || path.startsWith(p.endsWith("/") ? p : `${p}/`);
    return [...this.cookies.values()].filter((c) => matches(c.path)).sort((a, b) => b.path.length - a.path.length).map((c) => `${c.name}=${c.value}`).join("; ");
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const path = url.split(/[?#]/)[0];
    const headers = new Headers(init.headers);
    const cookie = this.cookieFor(path);
    if (cookie && !headers.has("cookie")) headers.set("cookie", cookie);
    const res = await this.app.request(url, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";").map((x) => x.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const at = attrs.find((a) => a.toLowerCase().startsWith("path="));
      const cookiePath = at ? at.slice(5) : "/";
      const gone = attrs.some((a) => /^max-age=0$/i.test(a));
      if (gone) this.cookies.delete(`${name} ${cookiePath}`);
      else this.cookies.set(`${name} ${cookiePath}`, { name, value, path: cookiePath });
    }
    return res;
  }
}

const MEMBERS: [string, string, string][] = [
  ["mTeacher", "SKLær", "3B"],
  ["mPpt", "PPT", ""],
  ["mNurse", "HEGE", ""],
  ["mPhysio", "FYS", ""],
  ["mParent", "FORÆ", "Mor"],
  ["mKoord", "KOORD", ""],
];

export interface Fixture {
  app: Hono;
  /** The respondents' browser: postForm and putApi go through it, so it is shown what it saved. */
  browser: Browser;
  /** Another browser (another device), with no cookies. */
  device(): Browser;
  deps: AppDeps;
  round: Round;
  members: Member[];
  /** Personal token per member id. */
  tokens: Record<string, string>;
  /** Moves the injected clock. */
  setNow(iso: string): void;
  /** Issues a new link for the member; returns the new token (the old one stops working). */
  reissue(memberId: string): Promise<string>;
}

/** Builds the fixture; `round` overrides fields of the open round (e.g. closesAt). */
export async function makeFixture(round: Partial<Round> = {}): Promise<Fixture> {
  let now = new Date(T0);
  const store = createMemoryStore();
  const deps: AppDeps = { store, config: { ...DEFAULT_CONFIG }, now: () => now };
  await store.putCase({ id: "c1", code: "Sak-7", district: "Heimdal", unit: "Skole", createdAt: T0 });
  const members = MEMBERS.map(([id, role, label]) => ({ id, caseId: "c1", role, label }));
  for (const m of members) await store.putMember(m);
  const r: Round = {
    id: "r1", caseId: "c1", name: "Vår", instrumentId: "rc7", instrumentVersion: RC7_V2.version, status: "open",
    source: "survey", closesAt: "2025-04-01T12:00:00.000Z", createdAt: T0, openedAt: T0, closedAt: null, ...round,
  };
  await store.putRound(r);
  const issue = async (memberId: string) => {
    const token = generateToken();
    const link: Link = { roundId: r.id, memberId, tokenHash: hashToken(token), issuedAt: now.toISOString(), openedAt: null };
    await store.putLink(link);
    return token;
  };
  const tokens: Record<string, string> = {};
  for (const m of members) tokens[m.id] = await issue(m.id);
  const app = new Hono();
  app.route("/", surveyRoutes(deps));
  return { app, browser: new Browser(app), device: () => new Browser(app), deps, round: r, members, tokens, setNow: (iso) => (now = new Date(iso)), reissue: issue };
}

/** Form fields answering every item about every target of `rater` with `value` (a browser would send these). */
export function fullForm(f: Fixture, rater: string, value = "4"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of f.members) if (m.id !== rater) for (const it of ITEMS) out[`r.${m.id}.${it}`] = value;
  return out;
}

/** POSTs the form urlencoded, as a browser without JavaScript does (same-origin headers included), from `browser`. */
export function postForm(f: Fixture, token: string, fields: Record<string, string>, action: string, headers: Record<string, string> = {}, browser = f.browser) {
  const body = new URLSearchParams({ ...fields, action }).toString();
  return browser.request(`/s/${token}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", "sec-fetch-site": "same-origin", ...headers },
  });
}

/** PUT /api/s/:token with a JSON body, from `browser`. */
export function putApi(f: Fixture, token: string, body: unknown, browser = f.browser) {
  return browser.request(`/api/s/${token}`, { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

/** Ratings for the JSON API answering everything about the others of `rater`. */
export function fullRatings(f: Fixture, rater: string, value: number | null = 4) {
  return f.members.filter((m) => m.id !== rater).flatMap((m) => ITEMS.map((item) => ({ target: m.id, item, value })));
}

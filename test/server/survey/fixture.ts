// Test fixture: a memory store with one case of six members, an open rc7 round and a personal link each.
import { Hono } from "hono";
import type { Link, Member, Round } from "../../../domain/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../server/deps.ts";
import { surveyRoutes } from "../../../server/routes/survey/index.ts";
import { generateToken, hashToken } from "../../../server/security/tokens.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";

export const T0 = "2025-03-10T09:00:00.000Z";
export const ORIGIN = "http://localhost";
export const ITEMS = RC7_V1.items.map((i) => i.id);

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
    id: "r1", caseId: "c1", name: "Vår", instrumentId: "rc7", instrumentVersion: RC7_V1.version, status: "open",
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
  return { app, deps, round: r, members, tokens, setNow: (iso) => (now = new Date(iso)), reissue: issue };
}

/** Form fields answering every item about every target of `rater` with `value` (a browser would send these). */
export function fullForm(f: Fixture, rater: string, value = "4"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of f.members) if (m.id !== rater) for (const it of ITEMS) out[`r.${m.id}.${it}`] = value;
  return out;
}

/** POSTs the form urlencoded, as a browser without JavaScript does (same-origin headers included). */
export function postForm(f: Fixture, token: string, fields: Record<string, string>, action: string, headers: Record<string, string> = {}) {
  const body = new URLSearchParams({ ...fields, action }).toString();
  return f.app.request(`/s/${token}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", "sec-fetch-site": "same-origin", ...headers },
  });
}

/** PUT /api/s/:token with a JSON body. */
export function putApi(f: Fixture, token: string, body: unknown) {
  return f.app.request(`/api/s/${token}`, { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

/** Ratings for the JSON API answering everything about the others of `rater`. */
export function fullRatings(f: Fixture, rater: string, value: number | null = 4) {
  return f.members.filter((m) => m.id !== rater).flatMap((m) => ITEMS.map((item) => ({ target: m.id, item, value })));
}

// Mail test world: an app whose mailer talks to a real SMTP server in the test, a facilitator, and a case with addresses.
import type { DeliveryResult, OpenAnswer, ReminderAnswer, RoundStatusView } from "../../../domain/index.ts";
import { createApiToken, createUser } from "../../../server/services/users/index.ts";
import type { Store } from "../../../server/store/types.ts";
import { PASSWORD, makeApp, type Auth, type TestApp } from "../api/helpers.ts";
import { startSmtp, type TestSmtp } from "./smtp.ts";

export interface MailWorld {
  t: TestApp;
  smtp: TestSmtp;
  /** The facilitator Kari Nordmann's API token (a session would expire when a test moves the clock a day on). */
  fac: Auth;
  caseId: string;
  /** Member ids in the order of `team`. */
  ids: string[];
  close(): Promise<void>;
}

export interface Seat {
  role: string;
  label?: string;
  email?: string;
}

/** The default team: five members with work addresses (one of them the parents, who answer the family form when it is on). */
export const FIVE: Seat[] = [
  { role: "PPT", email: "ppt.radgiver@kommune.test" },
  { role: "HEGE", email: "helsesykepleier@kommune.test" },
  { role: "SKLær", label: "Kontaktlærer", email: "kontaktlarer@skole.test" },
  { role: "SR", email: "spesped@skole.test" },
  { role: "FORÆ", email: "foreldre@familie.test" },
];

/** Starts the SMTP server, builds the app with mail on (unless `mail: false`) on `store` (default: memory) and creates the case with `team`. */
export async function mailWorld(team: Seat[] = FIVE, opts: { mail?: boolean; smtp?: TestSmtp; store?: Store } = {}): Promise<MailWorld> {
  const smtp = opts.smtp ?? (await startSmtp());
  const t = makeApp({}, {}, opts.mail === false ? undefined : smtp.mailer(), opts.store);
  const kari = await createUser(t.deps, { email: "kari.nordmann@kommune.test", name: "Kari Nordmann", role: "facilitator", districts: ["Heimdal"], password: PASSWORD });
  const fac = { bearer: (await createApiToken(t.deps, kari, { name: "test" })).token };
  const k = await t.call("POST", "/api/cases", { auth: fac, body: { code: "Sak ABC 7", district: "Heimdal", unit: "Heimdal skole" } });
  const caseId = ((await k.json()) as { case: { id: string } }).case.id;
  const ids: string[] = [];
  for (const seat of team) {
    const res = await t.call("POST", `/api/cases/${caseId}/members`, { auth: fac, body: seat });
    if (res.status !== 201) throw new Error(`add member → ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { member: { id: string } }).member.id);
  }
  return { t, smtp, fac, caseId, ids, close: () => smtp.close() };
}

/** Creates a draft round (`body` adds closesAt, family, child, lang …) and answers its id. */
export async function draftRound(w: MailWorld, body: Record<string, unknown> = {}): Promise<string> {
  const res = await w.t.call("POST", `/api/cases/${w.caseId}/rounds`, { auth: w.fac, body: { name: "Høst 2025", ...body } });
  if (res.status !== 201) throw new Error(`create round → ${res.status} ${await res.text()}`);
  return ((await res.json()) as { round: { id: string } }).round.id;
}

/** Opens the round with `body` (e.g. `{ delivery: "email" }`). */
export async function openBy(w: MailWorld, roundId: string, body?: Record<string, unknown>): Promise<{ status: number; answer: OpenAnswer }> {
  const res = await w.t.call("POST", `/api/rounds/${roundId}/open`, { auth: w.fac, body });
  return { status: res.status, answer: (await res.json()) as OpenAnswer };
}

/** POST reminders: the status, the answer (or error body) and the Retry-After header. */
export async function remind(w: MailWorld, roundId: string): Promise<{ status: number; answer: ReminderAnswer & { error?: { code: string; message: string } }; retryAfter: string | null }> {
  const res = await w.t.call("POST", `/api/rounds/${roundId}/reminders`, { auth: w.fac });
  return { status: res.status, answer: (await res.json()) as ReminderAnswer & { error?: { code: string; message: string } }, retryAfter: res.headers.get("retry-after") };
}

export async function status(w: MailWorld, roundId: string): Promise<RoundStatusView> {
  return (await (await w.t.call("GET", `/api/rounds/${roundId}/status`, { auth: w.fac })).json()) as RoundStatusView;
}

/** The personal link's token inside a received message's plain text. */
export function tokenIn(text: string): string {
  const m = /\/s\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (!m) throw new Error(`no personal link in:\n${text}`);
  return m[1];
}

/** The path of the link in a message (`/s/<token>?lang=…`), to GET it from the app. */
export function pathIn(text: string): string {
  const m = /http:\/\/laget\.test(\/s\/[A-Za-z0-9_-]+(\?lang=[a-z]{2})?)/.exec(text);
  if (!m) throw new Error(`no personal link in:\n${text}`);
  return m[1];
}

/** Results by member id. */
export const byMember = (results: DeliveryResult[]) => new Map(results.map((r) => [r.memberId, r]));

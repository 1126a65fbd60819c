// Drives a running server with hostile import uploads while probing /healthz and survey saves; returns their latencies.
import { performance } from "node:perf_hooks";
import { deviceCookie, ratingsFor, type Seat } from "./data-dir.ts";
import type { HostileFile } from "./hostile-files.ts";

/** Latency figures of one probe. */
export interface Latency {
  requests: number;
  /** Answers other than the expected status, and failed connections. */
  failures: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** What one hostile upload got. */
export interface UploadResult {
  name: string;
  dryRun: boolean;
  status: number;
  code: string;
  ms: number;
}

export interface LoadFigures {
  healthz: Latency;
  saves: Latency;
  uploads: UploadResult[];
  /** How long the probes ran. */
  ms: number;
}

/** A logged-in staff session: cookie value and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

export interface HostileLoadOptions {
  url: string;
  /** Respondent seats whose links the save probe writes to (round-robin). */
  seats: Seat[];
  /** Uploads as this session into `caseId`; no uploads when `files` is empty. */
  session: Session;
  caseId: string;
  files: HostileFile[];
  /** The probes run at least this long, and until every file was sent `rounds` times (default 1). */
  minMs: number;
  rounds?: number;
  /** Send every upload as a dry run (default: dry run and real in turn). */
  dryRunOnly?: boolean;
  /** Pause between two /healthz probes and two saves (ms). */
  healthEveryMs?: number;
  saveEveryMs?: number;
}

/** The q-quantile (nearest rank) of sorted values. */
export const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);

function latency(times: number[], failures: number): Latency {
  const s = [...times].sort((a, b) => a - b);
  return { requests: times.length, failures, p50Ms: quantile(s, 0.5), p99Ms: quantile(s, 0.99), maxMs: s.at(-1) ?? NaN };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Logs in with e-mail and password; the session cookie and CSRF value. */
export async function login(url: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = /laget_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The `error.code` of a JSON answer, else the start of the text ("" for a JSON answer without an error). */
function errorCode(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "";
  } catch {
    return text.slice(0, 80);
  }
}

/** POSTs a file as the raw body to the import route; resolves with status, error code (if any) and time. */
export async function uploadFile(url: string, session: Session, caseId: string, file: { name: string; bytes: Uint8Array }, dryRun: boolean): Promise<UploadResult> {
  const type = file.name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
  const t0 = performance.now();
  const res = await fetch(`${url}/api/cases/${caseId}/rounds/import-file?filename=${encodeURIComponent(file.name)}${dryRun ? "&dryRun=1" : ""}`, {
    method: "POST",
    headers: { "content-type": type, cookie: `laget_session=${session.cookie}`, "x-csrf-token": session.csrf },
    body: new Uint8Array(file.bytes),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  return { name: file.name, dryRun, status: res.status, code: errorCode(text), ms };
}

/** Repeats `probe` every `everyMs` until `done()`; collects its times and failures. */
async function probeLoop(done: () => boolean, everyMs: number, probe: (i: number) => Promise<boolean>): Promise<{ times: number[]; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; !done(); i++) {
    const t0 = performance.now();
    const ok = await probe(i).catch(() => false);
    times.push(performance.now() - t0);
    if (!ok) failures++;
    await sleep(everyMs);
  }
  return { times, failures };
}

/**
 * Sends every file `rounds` times (dry run and real in turn) while one client probes GET /healthz and another
 * saves answers with PUT /api/s/:token, each waiting for its answer before the next; runs at least `minMs`.
 */
export async function runHostileLoad(o: HostileLoadOptions): Promise<LoadFigures> {
  const start = performance.now();
  let uploading = o.files.length > 0;
  const done = () => !uploading && performance.now() - start >= o.minMs;
  const health = probeLoop(done, o.healthEveryMs ?? 20, async () => (await fetch(`${o.url}/healthz`)).status === 200);
  const saves = probeLoop(done, o.saveEveryMs ?? 50, async (i) => {
    const seat = o.seats[i % o.seats.length];
    const res = await fetch(`${o.url}/api/s/${seat.token}`, { method: "PUT", headers: { "content-type": "application/json", cookie: deviceCookie(seat) }, body: JSON.stringify({ ratings: ratingsFor(seat, i) }) });
    await res.arrayBuffer();
    return res.status === 200;
  });
  const uploads: UploadResult[] = [];
  for (let r = 0; r < (o.rounds ?? 1) && o.files.length > 0; r++) {
    for (const [k, file] of o.files.entries()) uploads.push(await uploadFile(o.url, o.session, o.caseId, file, o.dryRunOnly || (r + k) % 2 === 0));
  }
  // Keep uploading until the minimum time is reached, so "with" and "without" cover the same span.
  for (let k = 0; o.files.length > 0 && performance.now() - start < o.minMs; k++) {
    uploads.push(await uploadFile(o.url, o.session, o.caseId, o.files[k % o.files.length], o.dryRunOnly || k % 2 === 0));
  }
  uploading = false;
  const [h, s] = await Promise.all([health, saves]);
  return { healthz: latency(h.times, h.failures), saves: latency(s.times, s.failures), uploads, ms: performance.now() - start };
}

// Fixture for retention and access-export tests: the erasure cases in a data folder, an app over it with a fixed clock.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../../server/app.ts";
import { DEFAULT_CONFIG } from "../../../server/deps.ts";
import { createUser } from "../../../server/services/users/index.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import type { Store } from "../../../server/store/types.ts";
import { KEEP_SEATS, VICTIM, keepAnswer, seedErasureCases, victimAnswers } from "../store/erasure-data.ts";
import { T0, sampleCase, sampleRound } from "../store/sample-data.ts";

export const PASSWORD = "correct horse battery";
/** The victim's rounds closed at T0 (2025-01-01T10:00Z): with 24 months it is due on 2027-01-01T10:00Z. */
export const VICTIM_DUE = "2027-01-01T10:00:00.000Z";
/** A case whose only round closed 19 days after the victim's: due 2027-01-20. */
export const SOON = "soon-case";
export const SOON_CLOSED = "2025-01-20T10:00:00.000Z";

/** A data folder with the victim (every round closed, answered), the kept case (round open) and the "soon" case. */
export async function retentionFolder(): Promise<{ dir: string; store: Store; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "laget-retention-"));
  const store = await openFileStore(dir);
  await seedErasureCases(store);
  for (const a of victimAnswers(20)) await store.putAnswer(a);
  for (const seat of KEEP_SEATS) await store.putAnswer(keepAnswer(seat, 3));
  for (const r of await store.listRounds(VICTIM)) await store.putRound({ ...r, status: "closed", closedAt: T0 });
  await store.putCase(sampleCase(SOON, "Snart-1"));
  await store.putRound({ ...sampleRound(SOON, "soon-r1"), status: "closed", closedAt: SOON_CLOSED });
  await createUser({ store, now: () => new Date(T0) }, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
  await createUser({ store, now: () => new Date(T0) }, { email: "fasi@laget.test", name: "Fasi", role: "facilitator", districts: ["Heimdal"], password: PASSWORD });
  return { dir, store, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An app over `store` at the clock `now()`; `call` logs in as `email` once and sends JSON requests. */
export async function appAt(store: Store, now: () => Date) {
  const app = createApp({ store, config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test" }, now });
  const login = async (email: string) => {
    const res = await app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: PASSWORD }) });
    if (res.status !== 200) throw new Error(`login ${email} → ${res.status}`);
    const cookie = /laget_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")![1];
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return (method: string, path: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { cookie: `laget_session=${cookie}`, "x-csrf-token": csrf, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  };
  return { app, login };
}

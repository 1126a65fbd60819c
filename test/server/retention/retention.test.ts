// Retention: the due list admins see, the automatic run that erases overdue cases from the disk, and the setting.
import { afterEach, describe, expect, it } from "vitest";
import type { RetentionView } from "../../../domain/index.ts";
import { applyRetention, scheduleRetention } from "../../../server/services/retention/index.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { scanDir } from "../store/disk-scan.ts";
import { KEEP, KEEP_SEATS, VICTIM, keepAnswer, victimAnswers, victimNeedles } from "../store/erasure-data.ts";
import { SOON, VICTIM_DUE, appAt, retentionFolder } from "./setup.ts";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const folder = async () => {
  const f = await retentionFolder();
  cleanups.push(f.cleanup);
  return f;
};
const at = (iso: string) => () => new Date(iso);

describe("retention", () => {
  it("lists the cases due within the window to admins only, overdue first, never a case with an open round", async () => {
    const { store } = await folder();
    const { login } = await appAt(store, at("2026-12-25T00:00:00.000Z"));
    const admin = await login("admin@laget.test");
    const view = (await (await admin("GET", "/api/retention")).json()) as RetentionView;
    expect(view.retentionMonths).toBe(24);
    expect(view.cases.map((c) => [c.caseId, c.since, c.erasesAt])).toEqual([
      [VICTIM, "2025-01-01T10:00:00.000Z", VICTIM_DUE],
      [SOON, "2025-01-20T10:00:00.000Z", "2027-01-20T10:00:00.000Z"],
    ]);
    const week = (await (await admin("GET", "/api/retention?days=8")).json()) as RetentionView;
    expect(week.cases.map((c) => c.caseId)).toEqual([VICTIM]);
    expect((await admin("GET", "/api/retention?days=0")).status).toBe(400);
    const fasi = await login("fasi@laget.test");
    expect((await fasi("GET", "/api/retention")).status).toBe(403);
    await store.close();
  });

  it("erases an overdue case from every file in the data folder and keeps the rest (grep for its values)", async () => {
    const { dir, store } = await folder();
    const needles = victimNeedles(victimAnswers(20));
    expect(scanDir(dir, needles).length, "the victim's values are on disk before").toBeGreaterThan(0);
    // One day before the due date nothing is erased.
    expect(await applyRetention({ store, now: at("2026-12-31T10:00:00.000Z") })).toEqual([]);
    const erased = await applyRetention({ store, now: at("2027-01-01T10:00:00.000Z") });
    expect(erased.map((d) => d.caseId)).toEqual([VICTIM]);
    expect(scanDir(dir, needles)).toEqual([]);
    expect(await store.getCase(VICTIM)).toBeUndefined();
    await store.close();
    const again = await openFileStore(dir);
    expect((await again.listCases()).map((c) => c.id).sort()).toEqual([KEEP, SOON]);
    for (const seat of KEEP_SEATS) expect(await again.getAnswer("keep-r1", seat)).toEqual(keepAnswer(seat, 3));
    await again.close();
  });

  it("follows the admin's setting: a longer period keeps the case, 0 turns retention off", async () => {
    const { store } = await folder();
    const now = at("2027-02-01T00:00:00.000Z");
    const { login } = await appAt(store, now);
    const admin = await login("admin@laget.test");
    expect((await admin("PUT", "/api/settings", { retentionMonths: 241 })).status).toBe(400);
    expect((await admin("PUT", "/api/settings", { retentionMonths: 36 })).status).toBe(200);
    expect(await applyRetention({ store, now })).toEqual([]);
    expect((await admin("PUT", "/api/settings", { retentionMonths: 0 })).status).toBe(200);
    expect(((await (await admin("GET", "/api/retention?days=366")).json()) as RetentionView).cases).toEqual([]);
    expect(await applyRetention({ store, now: at("2040-01-01T00:00:00.000Z") })).toEqual([]);
    expect((await admin("PUT", "/api/settings", { retentionMonths: 12 })).status).toBe(200);
    expect((await applyRetention({ store, now })).map((d) => d.caseId)).toEqual([VICTIM, SOON]);
    await store.close();
  });

  it("keeps a case whose round was reopened after it was listed", async () => {
    const { store } = await folder();
    const [first] = await store.listRounds(VICTIM);
    await store.putRound({ ...first, status: "open", closedAt: null });
    const erased = await applyRetention({ store, now: at("2030-01-01T00:00:00.000Z") });
    expect(erased.map((d) => d.caseId)).toEqual([SOON]);
    expect(await store.getCase(VICTIM)).toBeDefined();
    await store.close();
  });

  it("runs by itself on the server's schedule and reports what it erased", async () => {
    const { dir, store } = await folder();
    const runs: unknown[] = [];
    let purges = 0;
    // A store with a purge step (as PostgreSQL has): each run calls it after erasing.
    const purging = Object.assign(Object.create(store) as typeof store, { purgeDeleted: async () => void purges++ });
    const stop = scheduleRetention({ store: purging, now: at("2027-01-02T00:00:00.000Z") }, { firstAfterMs: 0, everyMs: 20, report: (r) => runs.push(r) });
    await expect.poll(() => runs.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await stop();
    expect(runs[0]).toMatchObject({ erased: [{ caseId: VICTIM }] });
    expect(runs[1]).toEqual({ erased: [] });
    expect(purges).toBe(runs.length);
    expect(scanDir(dir, victimNeedles(victimAnswers(20)))).toEqual([]);
    await store.close();
  });
});

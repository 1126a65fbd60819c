// Shared set-up of the e2e test files: one session per file, screenshots (and axe) at the three sizes, the follow-up case.
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { expectAxeClean, shot } from "./browser.ts";
import { AUTUMN, followUpCase, importScores } from "./follow-up-data.ts";
import { endSession, startSession, type Session } from "./session.ts";

/** The sizes a page is shown at: desk, projector and phone. */
export const SIZES = [[1280, 720], [1920, 1080], [390, 844]] as const;

/**
 * Opens one session (server, Chromium, a logged-in desktop page) before the file's tests and closes it after them;
 * `ready` gets it first, to keep its parts in the file's variables or to add data.
 */
export function sessionPerFile(ready: (s: Session) => unknown, opts?: Parameters<typeof startSession>[0]): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(opts);
    await ready(session);
  }, 120_000);
  afterAll(() => endSession(session ?? {}));
}

/** A session with the follow-up case: its id, the five members' ids and the autumn round (see follow-up-data.ts). */
export interface FollowUp extends Session {
  caseId: string;
  ids: string[];
  autumn: string;
}

/** sessionPerFile with the follow-up case `code` and its autumn round imported; prints the file's axe counts at the end. */
export function followUpPerFile(code: string, axeLog: Record<string, number>, ready: (f: FollowUp) => void): void {
  sessionPerFile(async (s) => {
    const { caseId, ids } = await followUpCase(s.page, code);
    ready({ ...s, caseId, ids, autumn: await importScores(s.page, caseId, ids, "Høst 2026", AUTUMN) });
  });
  afterAll(() => console.log("axe serious/critical per page:", JSON.stringify(axeLog)));
}

/**
 * Full-page screenshots `<name>-<w>x<h>` at the three sizes, each also checked by axe when `axe` is set (counted in
 * `log` when given), then back to 1920×1080.
 */
export async function shotsAt(page: Page, name: string, { axe = false, log }: { axe?: boolean; log?: Record<string, number> } = {}): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await shot(page, `${name}-${width}x${height}`);
    if (axe) await expectAxeClean(page, `${name}-${width}x${height}`, log);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

// Reusable e2e steps: log in, JSON API calls, answer a team/family/child form through its link, open a meeting view.
import { expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ADMIN } from "./server.ts";

export async function login(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.fill("#login-email", ADMIN.email);
  await page.fill("#login-password", ADMIN.password);
  await page.click("form button[type=submit]");
  await page.getByRole("heading", { name: "Saker" }).waitFor();
}

/** Opens `url` in a fresh browser context (a phone, 390×844), runs `steps` on it and closes the context. */
async function onPhone(browser: Browser, url: string, steps: (p: Page) => Promise<void>): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await ctx.newPage();
  await p.goto(url);
  await steps(p);
  await ctx.close();
}

/** Checks the radio with `value` in every radio group on the page. */
async function checkEveryRadio(p: Page, value: number): Promise<void> {
  await p.evaluate((v) => {
    for (const name of new Set([...document.querySelectorAll<HTMLInputElement>("input[type=radio]")].map((r) => r.name))) {
      const input = document.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${v}"]`);
      if (input) input.checked = true;
    }
  }, value);
}

/** Opens the respondent form at `url` on a phone, picks `value` for every question and submits. */
export async function answerSurvey(browser: Browser, url: string, value: number): Promise<void> {
  await onPhone(browser, url, async (p) => {
    await checkEveryRadio(p, value);
    await Promise.all([p.waitForNavigation(), p.click("button[name=action][value=submit]")]);
    expect(p.url()).not.toBe(url);
  });
}

/**
 * The family's or the child's link (a phone): consent page (`show`: the family ticks "show us in the overview") →
 * "answer" → `value` on every question → submit (HTML form POST).
 */
export async function answerVoice(browser: Browser, url: string, value: number, show = false): Promise<void> {
  await onPhone(browser, url, async (p) => {
    if (show) await p.locator("#f-show").check();
    await Promise.all([p.waitForURL(/\/form$/), p.locator('button[name=action][value=start]').click()]);
    await checkEveryRadio(p, value);
    await Promise.all([p.waitForURL(/\/receipt$/), p.click("button[name=action][value=submit]")]);
  });
}

/** A JSON API request from a logged-in page (session cookie + CSRF token from /api/auth/me): status and body text. */
async function apiRequest(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch("/api/auth/me")).json();
      const res = await fetch(path, { method, headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    },
    { method, path, body },
  );
}

/** A JSON API call from a logged-in page: its JSON answer; throws on a status outside 200–299. */
export async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const { status, text } = await apiRequest(page, method, path, body);
  if (status < 200 || status > 299) throw new Error(`${method} ${path}: ${status} ${text}`);
  return JSON.parse(text) as T;
}

/** A JSON API call from a logged-in page: only its HTTP status (for tests that assert it). */
export async function apiStatus(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return (await apiRequest(page, method, path, body)).status;
}

export async function openMeeting(page: Page, base: string, caseCode: string): Promise<void> {
  await page.goto(`${base}/#/`);
  await page.getByRole("link", { name: caseCode, exact: true }).click();
  await page.getByRole("heading", { name: "Runder" }).waitFor();
  await page.locator("ul.rounds").getByRole("link", { name: "Møtevisning" }).first().click();
  await page.locator(".matrix-panel").waitFor();
}

/** Matrix cell text (score only) by row and column label. */
export async function matrixCell(page: Page, row: number, col: number): Promise<string> {
  return page.locator(`[data-testid=matrix] tbody tr >> nth=${row}`).locator(`td >> nth=${col}`).locator(".score").innerText();
}

// Reusable e2e steps: log in, answer a survey through its personal link, open a case's meeting view.
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

/** Opens the respondent form at `url` in a fresh browser context (a phone), picks `value` for every question and submits. */
export async function answerSurvey(browser: Browser, url: string, value: number): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await ctx.newPage();
  await p.goto(url);
  await p.evaluate((v) => {
    const groups = new Set([...document.querySelectorAll<HTMLInputElement>("input[type=radio]")].map((r) => r.name));
    for (const name of groups) {
      const input = document.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${v}"]`);
      if (input) input.checked = true;
    }
  }, value);
  await Promise.all([p.waitForNavigation(), p.click("button[name=action][value=submit]")]);
  expect(p.url()).not.toBe(url);
  await ctx.close();
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

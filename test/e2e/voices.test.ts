// Browser test of the family's and the child's voice: choose them when creating a round, change them while a draft,
// open it ("Barnets lenke", "Familieskjema"), answer all forms by HTML form POST, follow the status, see the band.
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAxeClean, shot } from "./browser.ts";
import { answerSurvey, answerVoice, apiCall } from "./flows.ts";
import { REPO } from "./server.ts";
import { endSession, startSession, type Server } from "./session.ts";

let server: Server;
let browser: Browser;
let page: Page;
let caseId = "";
const links = new Map<string, string>();

const checkAxe = (name: string) => expectAxeClean(page, name);
/** Screenshot at 1920×1080 and at 390×844 (full page), with axe at both widths. */
async function shots(name: string) {
  await checkAxe(`${name}-1920`);
  await shot(page, `${name}-1920`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await shot(page, `${name}-390`);
  await checkAxe(`${name}-390`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scroll at 390`).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1920, height: 1080 });
}
const row = (testId: string, name: RegExp) => page.getByTestId(testId).getByRole("row", { name });

beforeAll(async () => {
  ({ server, browser, page } = await startSession());
  const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code: "Stemme-E2E", district: "Heimdal", unit: "" });
  caseId = kase.id;
  for (const role of ["SKLær", "PPT", "FORÆ"]) await apiCall(page, "POST", `/api/cases/${caseId}/members`, { role, label: "" });
}, 120_000);

afterAll(() => endSession({ server, browser }));

describe.sequential("the family's and the child's voice", () => {
  it("creates a round with the family and the child (8–12) and changes the choice while it is a draft", async () => {
    await page.goto(`${server.url}/#/cases/${caseId}`);
    await page.locator("details.add summary", { hasText: "Ny runde" }).click();
    await page.getByLabel("Navn på runden").fill("Høst");
    const family = page.getByRole("checkbox", { name: "Ta med familiens stemme" });
    const child = page.getByRole("checkbox", { name: "Ta med barnets stemme" });
    expect([await family.isChecked(), await child.isChecked()]).toEqual([false, false]);
    await family.check();
    await child.check();
    expect(await page.getByRole("radio", { name: "8–12 år" }).isChecked()).toBe(true);
    await shots("30-voices-new-round");
    await page.getByRole("button", { name: "Opprett runde" }).click();
    const summary = page.getByTestId("voices-summary");
    await expect.poll(() => summary.innerText()).toMatch(/Barnets stemme:\s*med, 8–12 år/);
    expect(await summary.innerText()).toMatch(/Familiens stemme:\s*med/);
    await page.getByRole("radio", { name: "13–16 år" }).check();
    await page.getByRole("button", { name: "Lagre valgene" }).click();
    await expect.poll(() => summary.innerText()).toContain("13–16 år");
    await page.getByRole("radio", { name: "8–12 år" }).check();
    await page.getByRole("button", { name: "Lagre valgene" }).click();
    await expect.poll(() => summary.innerText()).toContain("8–12 år");
    await shots("31-voices-draft-round");
  });

  it("opens it: the child's link is 'Barnets lenke', the family's is marked, both on the cards, and the child's can be re-issued", async () => {
    await page.getByRole("button", { name: "Åpne runden og lag lenker" }).click();
    await expect.poll(() => page.locator("code.url").count()).toBe(4);
    expect(await page.locator("main").innerText()).not.toContain("_child");
    for (const [key, name] of [["SKLær", /Lærer/], ["PPT", /PP-tjenesten/], ["FORÆ", /Foreldre/], ["child", /Barnets lenke/]] as const) {
      links.set(key, await row("links", name).locator("code.url").innerText());
    }
    expect(await row("links", /Foreldre/).innerText()).toContain("Familieskjema");
    expect(await row("links", /Barnets lenke/).innerText()).toContain("Barneskjema");
    await row("links", /Barnets lenke/).locator("details.qr-toggle summary").click();
    await expect.poll(() => row("links", /Barnets lenke/).locator(".qr svg").isVisible()).toBe(true);
    await shots("32-voices-links");
    page.once("dialog", (d) => d.accept());
    await row("links", /Barnets lenke/).getByRole("button", { name: "Ny lenke: Barnets lenke" }).click();
    await expect.poll(() => row("links", /Barnets lenke/).locator("code.url").innerText()).not.toBe(links.get("child"));
    const old = links.get("child")!;
    links.set("child", await row("links", /Barnets lenke/).locator("code.url").innerText());
    expect((await page.request.get(old)).status()).toBe(404);
    await page.evaluate(() => document.body.classList.add("printing-cards"));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".link-card").count()).toBe(4);
    expect(await page.locator(".link-card.seat-child").innerText()).toContain("Barnets lenke");
    expect(await page.locator(".link-card.seat-family").innerText()).toContain("Familieskjema");
    await shot(page, "33-voices-card-sheet-print");
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.body.classList.remove("printing-cards"));
  });

  it("follows the status as the team, the family and the child answer through their links", async () => {
    await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^0\s%$/);
    expect(await page.locator(".big-number").innerText()).toContain("Svarprosent i laget");
    expect(await row("status", /Foreldre/).innerText()).toContain("svarer i familiens skjema");
    expect(await row("status", /Barnets lenke/).innerText()).toContain("Ikke åpnet");
    await answerSurvey(browser, links.get("SKLær")!, 4);
    await answerVoice(browser, links.get("FORÆ")!, 2);
    await answerVoice(browser, links.get("child")!, 4);
    await page.getByRole("button", { name: "Oppdater" }).click();
    // The family seat answered its own form: the team's rate counts the two team-form members only.
    await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^50\s%$/);
    expect(await row("status", /Foreldre/).innerText()).toContain("Har svart");
    expect(await row("status", /Barnets lenke/).innerText()).toContain("Har svart");
    expect(await page.locator("ul.send-again").innerText()).toBe("PP-tjenesten");
    await answerSurvey(browser, links.get("PPT")!, 3);
    await page.getByRole("button", { name: "Oppdater" }).click();
    await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^100\s%$/);
    await page.getByTestId("status").scrollIntoViewIfNeeded();
    await shots("34-voices-status");
  });

  it("shows the family's and the child's band in the meeting view, stacked on a phone", async () => {
    await page.getByRole("link", { name: "Møtevisning" }).click();
    const band = page.getByTestId("family-band");
    await band.waitFor();
    expect(await band.innerText()).toContain("Svar fra familien: 1");
    expect(await band.innerText()).toContain("svar fra barnet: 1");
    expect(await band.getByRole("columnheader", { name: "Barnet" }).count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await band.scrollIntoViewIfNeeded();
    const wrap = band.locator(".table-wrap");
    expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // Stacked: the theme sits above its values, not beside them.
    const theme = band.getByRole("row", { name: /Slipper å gjenta historien/ });
    const [head, cell] = [await theme.getByRole("rowheader").boundingBox(), await theme.getByRole("cell").first().boundingBox()];
    expect(cell!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
    // One parent answered: a theme is never one person's answer, so its value is held back.
    expect(await theme.getByRole("cell").first().innerText()).toBe("for få svar");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shots("35-voices-meeting");
    await band.screenshot({ path: resolve(REPO, "test-results/e2e/36-voices-band-1920.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await band.screenshot({ path: resolve(REPO, "test-results/e2e/37-voices-band-390.png") });
    await page.setViewportSize({ width: 1920, height: 1080 });
  });
});

// Real Chromium at phone size (390×844), JavaScript OFF: the family's consent page, form and receipt; the child's faces.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { CHILD_8_12_V1 } from "../../../surveys/voices/child.ts";
import { browserOnApp, type BrowserApp } from "../../browser.ts";
import { FAMILY_TEAM_ITEMS, makeVoiceFixture, type VoiceFixture } from "./fixture.ts";

const SHOTS = "test-results/family";
let f: VoiceFixture;
let web: BrowserApp;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  f = await makeVoiceFixture();
  web = await browserOnApp(createApp(f.deps).fetch);
});

afterAll(() => web?.close());

async function expectNoSideScroll(page: Page) {
  for (const el of await page.locator("main > *").all()) {
    const b = await el.boundingBox();
    if (b) expect(b.x + b.width).toBeLessThanOrEqual(390.5);
  }
}

describe("family and child pages on a phone without JavaScript", () => {
  it("family: consent → form → receipt", { timeout: 120_000 }, async () => {
    const page = await web.phonePage();
    await page.goto(`${web.base}/s/${f.tokens.mParent}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/01-family-consent.png`, fullPage: true });
    await page.getByRole("button", { name: "Jeg vil svare", exact: true }).tap();
    await page.waitForURL(/\/form$/);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/02-family-form-top.png` });
    const opt = await page.locator(`label[for="f-_team-whoToAsk-3"]`).boundingBox();
    expect(opt!.height).toBeGreaterThanOrEqual(44);
    // A screen reader gets the question as the group name and the word as the radio's name.
    expect(await page.getByRole("group", { name: /Vi vet hvem vi skal spørre/ }).getByRole("radio", { name: "Helt enig" }).count()).toBe(1);
    for (const item of FAMILY_TEAM_ITEMS) await page.locator(`#f-_team-${item}-${item === "timely" ? "na" : "4"}`).tap();
    await page.locator("#f-mNurse-memberListened-5").tap();
    await page.locator('section[aria-labelledby="h-members"]').screenshot({ path: `${SHOTS}/03-family-members.png` });
    await page.locator('.actions button[value="submit"]').tap();
    await page.waitForURL(/\/receipt$/);
    expect(await page.locator("h1").textContent()).toContain("Takk");
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/04-family-receipt.png`, fullPage: true });
    await page.context().close();
  });

  it("child: consent → faces → error → receipt", { timeout: 120_000 }, async () => {
    const page = await web.phonePage();
    await page.goto(`${web.base}/s/${f.childToken}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/05-child-consent.png`, fullPage: true });
    await page.getByRole("button", { name: "Ja, jeg vil svare" }).tap();
    await page.waitForURL(/\/form$/);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/06-child-form.png` });
    const face = await page.locator(`label[for="f-_team-listened-3"]`).boundingBox();
    expect(face!.height).toBeGreaterThanOrEqual(44);
    expect(face!.width).toBeGreaterThanOrEqual(44);
    expect(await page.getByRole("group", { name: /Hører de voksne/ }).getByRole("radio", { name: "Noen ganger" }).count()).toBe(1);
    await page.locator("#f-_team-listened-5").tap();
    await page.locator(".cq").first().screenshot({ path: `${SHOTS}/07-child-question-chosen.png` });
    await Promise.all([page.waitForNavigation(), page.locator('.actions button[value="submit"]').tap()]);
    expect(await page.locator(".error-summary").isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/08-child-error.png` });
    for (const item of CHILD_8_12_V1.items) if (item.id !== "listened") await page.locator(`#f-_team-${item.id}-4`).tap();
    await page.locator('.actions button[value="submit"]').tap();
    await page.waitForURL(/\/receipt$/);
    expect(await page.locator("h1").textContent()).toContain("Takk for at du svarte");
    await page.screenshot({ path: `${SHOTS}/09-child-receipt.png`, fullPage: true });
    await page.context().close();
  });
});

// Real Chromium: the team form at phone, laptop and meeting-room sizes (screenshots, axe), and a draft saved mid-form that lands where it was saved.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { browserOnApp, type BrowserApp } from "../../browser.ts";
import { expectAxeClean } from "../../e2e/browser.ts";
import { makeFixture, type Fixture } from "./fixture.ts";

const SHOTS = "test-results/survey";
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

let f: Fixture;
let web: BrowserApp;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  f = await makeFixture();
  f.deps.config.baseUrl = "http://127.0.0.1";
  web = await browserOnApp(createApp(f.deps).fetch);
});

afterAll(() => web?.close());

/** Nothing wider than the viewport: no sideways scrolling. */
async function expectNoSideScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe("the team form at three sizes", () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height}: the role, who sees what, the questions; no sideways scroll, axe clean`, { timeout: 60_000 }, async () => {
      // bypassCSP lets axe's script in (the form itself has none).
      const ctx = await web.browser.newContext({ viewport: size, locale: "en-US", bypassCSP: true });
      try {
        const page = await ctx.newPage();
        await page.goto(`${web.base}/s/${f.tokens.mTeacher}`);
        // A browser set to English still gets the round's language.
        expect(await page.locator("html").getAttribute("lang")).toBe("nb");
        expect(await page.locator("p.you").innerText()).toBe("Rollen din i teamet: Lærer (3B)");
        await expectNoSideScroll(page, size.width);
        await page.screenshot({ path: `${SHOTS}/10-form-top-${size.width}.png` });
        await page.locator("#m-mKoord").scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/11-form-section-${size.width}.png` });
        await expectAxeClean(page, `survey form ${size.width}`);
      } finally {
        await ctx.close();
      }
    });
  }

  it("390×844 without JavaScript: «Lagre utkast» in the fourth section comes back to that section, with the notice in view", { timeout: 60_000 }, async () => {
    const page = await web.phonePage();
    await page.goto(`${web.base}/s/${f.tokens.mPpt}`);
    await page.locator("#f-mParent-timely-2").tap();
    await Promise.all([page.waitForURL(/saved=mParent#m-mParent-end$/), page.locator('#m-mParent button[value="draft:mParent"]').tap()]);
    const notice = page.locator("#m-mParent .notice");
    expect(await notice.innerText()).toContain("Utkastet er lagret");
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    expect(await page.locator("#f-mParent-timely-2").isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/12-draft-saved-in-section-390.png` });
    await page.context().close();
  });
});

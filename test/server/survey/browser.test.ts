// Real Chromium at phone size (390×844) with JavaScript OFF: fill the form, see errors, submit, read the receipt, closed page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { browserOnApp, type BrowserApp } from "../../browser.ts";
import { ITEMS, makeFixture, type Fixture } from "./fixture.ts";

const SHOTS = "test-results/survey";

let f: Fixture;
let web: BrowserApp;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  f = await makeFixture();
  f.deps.config.baseUrl = "http://127.0.0.1";
  web = await browserOnApp(createApp(f.deps).fetch);
});

afterAll(() => web?.close());

/** Taps one option where a finger would: the transparent radio lies over its label. */
const choose = (page: Page, target: string, item: string, value: string) => page.locator(`#f-${target}-${item}-${value}`).tap();

/** Page width must fit the viewport: no horizontal scrolling. */
async function expectNoSideScroll(page: Page) {
  const box = await page.locator("body").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  for (const el of await page.locator("main > *").all()) {
    const b = await el.boundingBox();
    if (b) expect(b.x + b.width).toBeLessThanOrEqual(390.5);
  }
}

describe("survey in a phone browser without JavaScript", () => {
  it("fill, error, submit, receipt, closed", { timeout: 120_000 }, async () => {
    const page = await web.phonePage();
    const token = f.tokens.mParent;
    const res = await page.goto(`${web.base}/s/${token}`);
    expect(res!.status()).toBe(200);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/01-form-top.png` });

    const opt = await page.locator(`label[for="f-mNurse-frequent-3"]`).boundingBox();
    const na = await page.locator(`label[for="f-mNurse-frequent-na"]`).boundingBox();
    expect(opt!.height).toBeGreaterThanOrEqual(44);
    expect(opt!.width).toBeGreaterThanOrEqual(44);
    expect(na!.height).toBeGreaterThanOrEqual(44);
    await choose(page, "mNurse", "frequent", "3");
    await choose(page, "mNurse", "timely", "na");
    await page.locator("#m-mNurse").screenshot({ path: `${SHOTS}/02-target-section.png` });

    const [errorRes] = await Promise.all([page.waitForNavigation(), page.locator('.actions button[value="submit"]').tap()]);
    expect(errorRes!.status(), (await page.content()).slice(0, 800)).toBe(422);
    expect(await page.locator(".error-summary").isVisible()).toBe(true);
    expect(await page.locator("#f-mNurse-frequent-3").isChecked()).toBe(true);
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/03-error-summary.png` });
    await page.locator(".q.has-error").first().screenshot({ path: `${SHOTS}/03b-field-error.png` });

    for (const m of f.members.filter((x) => x.id !== "mParent")) {
      for (const item of ITEMS) {
        if (!(m.id === "mNurse" && (item === "frequent" || item === "timely"))) await choose(page, m.id, item, item === "sharedKnowledge" ? "na" : "4");
      }
    }
    await page.locator('.actions button[value="submit"]').tap();
    await page.waitForURL(`${web.base}/s/${token}/receipt`);
    expect(await page.locator("h1").textContent()).toContain("Takk");
    await expectNoSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/04-receipt.png`, fullPage: true });
    const stored = await f.deps.store.getAnswer("r1", "mParent");
    expect(stored?.submitted).toBe(true);
    expect(stored?.ratings.find((r) => r.target === "mNurse" && r.item === "timely")?.value).toBeNull();

    await f.deps.store.putRound({ ...f.round, status: "closed", closedAt: "2025-03-20T00:00:00.000Z" });
    await page.goto(`${web.base}/s/${token}`);
    expect(await page.locator("h1").textContent()).toContain("Takk, svarene dine er med");
    expect(await page.locator("input, button").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/05-closed.png` });
    await page.context().close();
  });

  it("English and nynorsk via the visible switch, still fitting the phone", async () => {
    await f.deps.store.putRound(f.round);
    const page = await web.phonePage();
    await page.goto(`${web.base}/s/${f.tokens.mPpt}`);
    await page.locator('.langs a[hreflang="en"]').tap();
    await page.waitForURL(/lang=en/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectNoSideScroll(page);
    await page.locator("#m-mParent").screenshot({ path: `${SHOTS}/06-section-en.png` });
    await page.locator('.langs a[hreflang="nn"]').tap();
    await page.waitForURL(/lang=nn/);
    expect(await page.locator("h1").textContent()).toContain("Korleis");
    await page.goto(`${web.base}/s/${f.tokens.mPpt}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("nn");
    await page.context().close();
  });
});

// Browser test of the admin's erasure page: the retention rule, changing it, the cases due and their access files; axe, screenshots.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAxeClean } from "./browser.ts";
import { sessionPerFile, shotsAt } from "./setup.ts";

let page: Page;

sessionPerFile((s) => ({ page } = s));

describe.sequential("erasure and access requests (admin)", () => {
  it("states the rule, takes a new period and lists the cases due with their access files", async () => {
    await page.getByRole("link", { name: "Sletting" }).click();
    await page.getByRole("heading", { name: "Sletting og innsyn" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("24 mnd. etter at siste runde ble lukket");
    await expect.poll(() => page.locator("main").innerText()).toContain("Ingen saker slettes de neste 60 dagene");
    await expectAxeClean(page, "retention-empty");

    // With one month, the demo cases (rounds closed at start-up) fall within the 60-day notice.
    await page.getByLabel("Slett saker etter (måneder, 0 = aldri)").fill("1");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("1 mnd. etter");
    await expect.poll(() => page.locator("table.list tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator("table.list").innerText()).toContain("Sak 3");
    await expectAxeClean(page, "retention-due");
    await shotsAt(page, "retention-due", { axe: true });

    const href = await page.locator("table.list a.button").first().getAttribute("href");
    const body = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(body).toMatchObject({ format: "laget-access-export", version: 1 });
    expect((body as { rounds: unknown[] }).rounds.length).toBeGreaterThan(0);
  }, 90_000);
});

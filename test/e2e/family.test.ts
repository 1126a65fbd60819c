// Browser test of the family band in the meeting view: a round with the family's form, answered over the JSON API by
// two parents (one agrees to be shown); the band shows the family beside the team's own mean, in screen, presentation
// and print — never as a rater, and never a parent who did not agree.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAMILY_V2 } from "../../surveys/voices/family.ts";
import { expectAxeClean, shot } from "./browser.ts";
import { apiCall } from "./flows.ts";
import { endSession, startSession, type Server } from "./session.ts";

let server: Server;
let browser: Browser;
let page: Page;
let roundId = "";

/**
 * Answers a personal link over the respondent JSON API: every item about every target gets `value` (family: its own
 * items; `show`: the family's choice to be shown in the team's overview).
 */
async function answer(url: string, value: number, show?: boolean): Promise<void> {
  const token = url.split("/s/")[1];
  await page.evaluate(
    async ({ token, value, show, teamItems, memberItems }) => {
      const form = await (await fetch(`/api/s/${token}`)).json();
      const ratings = form.targets.flatMap((t: { id: string }) => {
        const items: string[] = form.form === "family" ? (t.id === "_team" ? teamItems : memberItems) : form.instrument.items.map((i: { id: string }) => i.id);
        return items.map((item) => ({ target: t.id, item, value }));
      });
      const res = await fetch(`/api/s/${token}`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ratings, submit: true, ...(show === undefined ? {} : { showInMeeting: show }) }) });
      if (!res.ok) throw new Error(`PUT ${res.status} ${await res.text()}`);
    },
    {
      token,
      value,
      show,
      teamItems: FAMILY_V2.items.filter((i) => i.about === "team").map((i) => i.id),
      memberItems: FAMILY_V2.items.filter((i) => i.about !== "team").map((i) => i.id),
    },
  );
}

beforeAll(async () => {
  ({ server, browser, page } = await startSession());
  const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code: "Familie-E2E", district: "Heimdal", unit: "" });
  for (const [role, label] of [["SKLær", ""], ["PPT", ""], ["FORÆ", ""], ["FORÆ", "Far"]]) await apiCall(page, "POST", `/api/cases/${kase.id}/members`, { role, label });
  const { round } = await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${kase.id}/rounds`, { name: "Høst", instrumentId: "rc7", family: { include: true } });
  roundId = round.id;
  const { links } = await apiCall<{ links: { role: string; label: string; url: string; form: string }[] }>(page, "POST", `/api/rounds/${round.id}/open`);
  const byRole = new Map(links.map((l) => [`${l.role}${l.label}`, l]));
  expect(byRole.get("FORÆ")?.form).toBe("family");
  await answer(byRole.get("SKLær")!.url, 4);
  await answer(byRole.get("PPT")!.url, 3);
  // Both parents answer 2; the first agrees to be shown in the team's overview, the second does not.
  await answer(byRole.get("FORÆ")!.url, 2, true);
  await answer(byRole.get("FORÆFar")!.url, 2, false);
}, 120_000);

afterAll(() => endSession({ server, browser }));

describe.sequential("family band in the meeting view", () => {
  const band = () => page.getByTestId("family-band");

  it("shows the family's experience per theme beside the team's own mean, never as a rater", async () => {
    await page.goto(`${server.url}/#/rounds/${roundId}/meeting`);
    await band().waitFor();
    expect(await band().innerText()).toContain("Svar fra familien: 2");
    expect(await band().innerText()).not.toContain("Svarene kommer fra én person");
    // Family 2 on every theme (two parents); the team: SKLær gave 4, PPT 3 → 3,5 about each other and about the
    // family (the parent who agreed to be shown).
    const row = band().getByRole("row", { name: /Slipper å gjenta historien/ });
    expect(await row.getByRole("cell").allInnerTexts()).toEqual(["2,0", "3,5", "3,5"]);
    // The parent who agreed is a target in the matrix, never a rater; the other parent is not in it at all.
    const matrix = page.getByTestId("matrix");
    const fora = matrix.locator("tbody tr", { has: page.locator("th", { hasText: /^FORÆ/ }) });
    expect(await fora.count()).toBe(1);
    expect(await fora.innerText()).toContain("svarer i familiens skjema");
    expect(await fora.locator("td.cell").count()).toBe(0);
    expect(await matrix.innerText()).not.toContain("Far");
    expect(await matrix.locator("td.cell").count()).toBe(4);
    await expectAxeClean(page, "family-band-1920");
    await shot(page, "24-family-band-1920");
  });

  it("keeps the band in presentation and print, and on a phone", async () => {
    await page.getByRole("button", { name: "Presentasjon" }).click();
    await expect.poll(() => page.locator("header.top").count()).toBe(0);
    // The presentation shows the band at its own step, just before the strengths (the last step).
    await page.keyboard.press("End");
    await page.keyboard.press("PageUp");
    await band().waitFor();
    await shot(page, "25-family-present-1920");
    await page.keyboard.press("Escape"); // back to the overview
    await page.keyboard.press("Escape"); // ends the presentation
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await band().isVisible()).toBe(true);
    await shot(page, "26-family-print-a4");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await shot(page, "27-family-band-390");
    await expectAxeClean(page, "family-band-390");
  });
});

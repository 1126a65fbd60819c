// Browser test of comparing two rounds at role or member level with a chosen threshold (two imported rounds of one case).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAxeClean, setRange, shot } from "./browser.ts";
import { apiCall } from "./flows.ts";
import { endSession, startSession, type Session } from "./session.ts";

let s: Session;
let page: Page;
let caseId = "";
const rounds: string[] = [];

/** Two teachers and a health nurse; spring scores are higher between the teachers and the nurse. */
const TEAM: [string, string][] = [["SKLær", "kontaktlærer"], ["SKLær", "faglærer"], ["HEGE", ""]];
const AUTUMN = [[0, 1, 4.5], [1, 0, 4.5], [0, 2, 3.0], [2, 0, 3.8], [1, 2, 4.2], [2, 1, 2.5]] as const;
const SPRING = [[0, 1, 4.6], [1, 0, 4.4], [0, 2, 3.9], [2, 0, 4.2], [1, 2, 4.4], [2, 1, 3.8]] as const;

/** The items of a list, sorted (the page orders pairs by member id, which is random). */
const list = async (testId: string) => (await page.getByTestId(testId).locator("li").allInnerTexts()).sort();

beforeAll(async () => {
  s = await startSession();
  page = s.page;
  const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code: "Sammenlign-E2E", district: "Heimdal", unit: "" });
  caseId = kase.id;
  const ids: string[] = [];
  for (const [role, label] of TEAM) ids.push((await apiCall<{ member: { id: string } }>(page, "POST", `/api/cases/${caseId}/members`, { role, label })).member.id);
  for (const [name, data] of [["Høst", AUTUMN], ["Vår", SPRING]] as const) {
    const scores = data.map(([a, b, score]) => ({ rater: ids[a], target: ids[b], score }));
    rounds.push((await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${caseId}/rounds/import`, { name, scores })).round.id);
  }
}, 120_000);

afterAll(() => endSession(s));

describe.sequential("compare two rounds", () => {
  it("compares at role level with 3,5, then at member level with the chosen threshold", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${s.server.url}/#/cases/${caseId}/compare?a=${rounds[0]}&b=${rounds[1]}`);
    await page.getByTestId("weak-closed").or(page.getByText("Ingen.").first()).first().waitFor();
    // Roles: Lærer → Helsesykepleier is (3,0 + 4,2) / 2 = 3,6 in autumn, (3,9 + 4,4) / 2 = 4,15 in spring: not weak at 3,5.
    // Helsesykepleier → Lærer: (3,8 + 2,5) / 2 = 3,15 (shown 3,2) → (4,2 + 3,8) / 2 = 4,0: closed.
    await expect.poll(() => list("weak-closed")).toEqual(["Helsesykepleier → Lærer\n3,2 → 4,0"]);
    await shot(page, "60-compare-role-1280");
    await expectAxeClean(page, "compare-role-1280");

    await page.getByRole("radio", { name: "Medlemmer" }).check();
    // Members at 3,5: closed kontaktlærer → HEGE (3,0 → 3,9) and HEGE → faglærer (2,5 → 3,8).
    await expect.poll(() => list("weak-closed")).toEqual(
      ["Lærer (kontaktlærer) → Helsesykepleier\n3,0 → 3,9", "Helsesykepleier → Lærer (faglærer)\n2,5 → 3,8"].sort(),
    );
    await setRange(page, "[data-testid=compare-threshold]", 4);
    // At 4,0 the spring scores 3,9 and 3,8 are still to strengthen; HEGE → kontaktlærer (3,8 → 4,2) closes.
    await expect.poll(() => list("weak-closed")).toEqual(["Helsesykepleier → Lærer (kontaktlærer)\n3,8 → 4,2"]);
    await expect.poll(() => page.url()).toContain("by=member");
    expect(page.url()).toContain("t=4");
    await shot(page, "61-compare-member-4-1280");
    await expectAxeClean(page, "compare-member-1280");

    // The choices survive a reload (they are in the URL).
    await page.reload();
    await expect.poll(() => list("weak-closed")).toEqual(["Helsesykepleier → Lærer (kontaktlærer)\n3,8 → 4,2"]);
    expect(await page.getByRole("radio", { name: "Medlemmer" }).isChecked()).toBe(true);
  });

  it("shows both rounds side by side and as a transition at member level, at 1920×1080 and 390×844", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole("radio", { name: "Side om side" }).check();
    await expect.poll(() => page.getByTestId("graph").count()).toBe(2);
    await expect.poll(() => page.getByTestId("graph").first().getAttribute("data-positions")).toMatch(/^\{("[^"]+":\[-?\d+,-?\d+\],?){3}\}$/);
    await page.waitForTimeout(500);
    await shot(page, "62-compare-side-1920");
    await expectAxeClean(page, "compare-side-1920");
    await page.getByRole("radio", { name: "Overgang" }).check();
    await expect.poll(() => page.getByTestId("graph").getAttribute("data-transition"), { timeout: 10_000 }).toBe("done");
    await shot(page, "63-compare-transition-1920");
    await page.getByRole("radio", { name: "Endringer" }).check();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await shot(page, "64-compare-390");
    await expectAxeClean(page, "compare-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

// Browser test of the evaluator view against the real server: landing, releases published by an admin, hidden cells, filters, graph, exports, axe.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAxeClean, shot } from "./browser.ts";
import { apiStatus, login } from "./flows.ts";
import { desktopPage, endSession, startSession, type Server } from "./session.ts";

let server: Server;
let browser: Browser;
let admin: Page;
let page: Page;
// Every district with cases in the demo data: the evaluator sees the whole municipality.
const EVALUATOR = { email: "analytiker@laget.test", password: "analyse-passord-123", districts: ["Heimdal", "Lerkendal", "Midtbyen", "Østbyen"] };

const checkAxe = (name: string) => expectAxeClean(page, name);

beforeAll(async () => {
  ({ server, browser, page } = await startSession({ logIn: false }));
  admin = await desktopPage(browser, false);
  await login(admin, server.url);
  expect(await apiStatus(admin, "POST", "/api/users", { ...EVALUATOR, name: "Eva Analytiker", role: "evaluator" })).toBe(201);
}, 120_000);

afterAll(() => endSession({ server, browser }));

const matrix = () => page.getByTestId("aggregate-matrix");

/** The admin publishes a release from the evaluator view's button. */
async function publishFromTheView() {
  await admin.goto(`${server.url}/#/evaluator`);
  await admin.getByTestId("publish-release").click();
  await expect.poll(() => admin.getByRole("status").innerText()).toBe("Ny utgivelse publisert.");
}

/** Screenshots of the evaluator page at the three sizes pages are checked at. */
async function shots(name: string) {
  for (const [w, h] of [[1280, 720], [1920, 1080], [390, 844]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300);
    await shot(page, `${name}-${w}`);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

describe.sequential("evaluator view", () => {
  it("lands an evaluator on the aggregates after login; nothing is shown before the first release", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#login-email", EVALUATOR.email);
    await page.fill("#login-password", EVALUATOR.password);
    await page.click("form button[type=submit]");
    await page.getByRole("heading", { name: "Analyse på tvers av saker" }).waitFor();
    expect(await page.locator("header nav").innerText()).not.toContain("Saker");
    await expect.poll(() => page.getByTestId("release-line").innerText()).toBe("Ingen utgivelse er publisert ennå.");
    expect(await page.getByTestId("publish-release").count()).toBe(0);
    await matrix().waitFor();
    expect(await matrix().locator("td.cell").count()).toBe(0);
    await checkAxe("evaluator-no-release");
  });

  it("after the admin publishes, nothing built from fewer than 5 cases is shown", async () => {
    await publishFromTheView();
    await page.reload();
    await expect.poll(() => page.getByTestId("release-line").innerText()).toMatch(/^Tallene er fra utgivelse r1, publisert /);
    // Three seed cases, minimum 5: nothing is published, so no role has a row and no value is anywhere.
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Færre enn 5 saker");
    expect(await matrix().locator("tbody tr").count()).toBe(0);
    expect(await matrix().locator("td.cell").count()).toBe(0);
    expect(await page.locator("main").innerText()).toContain("grafen er tom");
    await checkAxe("evaluator-hidden");
    await shots("20-evaluator-hidden");
  });

  it("with a minimum of 2 the next release shows values, n of cases and weak share, and the aggregate graph", async () => {
    expect(await apiStatus(admin, "PUT", "/api/settings", { minCases: 2 })).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Færre enn 5 saker"); // the release is unchanged until the next one
    await publishFromTheView();
    await page.reload();
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Bygger på 3 saker");
    const shown = matrix().locator("td.cell");
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    for (const text of await shown.allInnerTexts()) {
      expect(text).toMatch(/^\d,\d/);
      const n = Number(/n = (\d+) saker/.exec(text)?.[1]);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/\d+\s%\så styrke/);
    }
    // SR → FORÆ is in all three seed cases.
    const row = matrix().locator("tbody tr", { has: page.locator("th", { hasText: /^SR/ }) });
    const srFora = row.locator("td").nth(await matrix().locator("thead th").evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith("FORÆ"))));
    expect(await srFora.innerText()).toContain("n = 3 saker");
    const graph = page.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    await page.waitForTimeout(300);
    await checkAxe("evaluator-values");
    await shots("21-evaluator");
  });

  it("names no district of one case, in the filter or a breakdown; a hidden district's view and export carry no value", async () => {
    expect(await page.getByTestId("f-district").locator("option").allInnerTexts()).toEqual(["Alle"]);
    const hiddenCells = await matrix().locator("td[data-suppressed=true]").allInnerTexts();
    expect(hiddenCells.length).toBeGreaterThan(0);
    expect(new Set(hiddenCells)).toEqual(new Set(["skjult"]));
    await page.goto(`${server.url}/#/evaluator?district=Heimdal`);
    await page.reload();
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Færre enn 2 saker");
    expect(page.url()).toContain("district=Heimdal");
    expect(await matrix().locator("td.cell").count()).toBe(0);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await page.getByTestId("export-csv").getAttribute("href"))!);
    expect(csv.split("\n")[0]).toBe("scope,group,group_cases,rater,target,n,mean,median,weak_share,suppressed,as_of");
    expect(csv).toContain("suppressed");
    expect(csv).not.toMatch(/,\d\.\d+,/);
    await page.getByTestId("f-district").selectOption("");
    await page.getByTestId("f-by").selectOption("district");
    await expect.poll(() => page.url()).toContain("by=district");
    await page.waitForTimeout(300);
    expect(await page.getByTestId("group-matrix").count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toContain("Heimdal (");
    await checkAxe("evaluator-breakdown");
  });

  it("keeps an evaluator out of single cases and works on a phone", async () => {
    await page.goto(`${server.url}/#/cases/new`);
    await page.getByRole("heading", { name: "Analyse på tvers av saker" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/evaluator`);
    await matrix().waitFor();
    await page.waitForTimeout(500);
    await checkAxe("evaluator-390");
  });

  it("gives facilitators and admins a nav link to the evaluator view, where admins publish", async () => {
    await admin.goto(`${server.url}/#/cases`);
    await admin.getByRole("link", { name: "Analyse på tvers" }).click();
    await admin.getByTestId("aggregate-matrix").waitFor();
    expect(await admin.getByTestId("publish-release").innerText()).toBe("Publiser ny utgivelse");
    expect(await admin.getByRole("link", { name: "Saker" }).count()).toBe(1);
  });
});

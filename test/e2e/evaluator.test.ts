// Browser test of the evaluator view against the real server: landing after login, suppressed cells, filters, graph, exports, axe.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAxeClean, shot } from "./browser.ts";
import { apiStatus, login } from "./flows.ts";
import { desktopPage, endSession, startSession, type Server } from "./session.ts";

let server: Server;
let browser: Browser;
let admin: Page;
let page: Page;
const EVALUATOR = { email: "analytiker@laget.test", password: "analyse-passord-123" };

const checkAxe = (name: string) => expectAxeClean(page, name);

beforeAll(async () => {
  ({ server, browser, page } = await startSession({ logIn: false }));
  admin = await desktopPage(browser, false);
  await login(admin, server.url);
  expect(await apiStatus(admin, "POST", "/api/users", { ...EVALUATOR, name: "Eva Analytiker", role: "evaluator", districts: [] })).toBe(201);
}, 120_000);

afterAll(() => endSession({ server, browser }));

const matrix = () => page.getByTestId("aggregate-matrix");

describe.sequential("evaluator view", () => {
  it("lands an evaluator on the aggregates after login, with every small cell hidden", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#login-email", EVALUATOR.email);
    await page.fill("#login-password", EVALUATOR.password);
    await page.click("form button[type=submit]");
    await page.getByRole("heading", { name: "Analyse på tvers av saker" }).waitFor();
    expect(await page.locator("header nav").innerText()).not.toContain("Saker");
    await matrix().waitFor();
    // Three seed cases, minimum 5: every cell is hidden, no value anywhere in the matrix.
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Færre enn 5 saker");
    const suppressed = await matrix().locator("td[data-suppressed=true]").allInnerTexts();
    expect(suppressed.length).toBeGreaterThan(10);
    expect(new Set(suppressed)).toEqual(new Set(["skjult (< 5 saker)"]));
    expect(await matrix().locator("td.cell").count()).toBe(0);
    expect(await page.locator("main").innerText()).toContain("grafen er tom");
    await checkAxe("evaluator-hidden");
    await shot(page, "20-evaluator-hidden-1920");
  });

  it("shows values, n of cases and weak share once the minimum allows it, and the aggregate graph", async () => {
    expect(await apiStatus(admin, "PUT", "/api/settings", { minCases: 2 })).toBe(200);
    await page.reload();
    await matrix().waitFor();
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Bygger på 3 saker");
    const shown = matrix().locator("td.cell");
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    for (const text of await shown.allInnerTexts()) {
      expect(text).toMatch(/^\d,\d/);
      const n = Number(/n = (\d+) saker/.exec(text)?.[1]);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/\d+\s%\så styrke/);
    }
    // SR → FORÆ is in all three seed cases: 3 cases, mean of 4.7, 3.8 and 4.5 (case 1's SR→FORÆ is read from the seed).
    const row = matrix().locator("tbody tr", { has: page.locator("th", { hasText: /^SR/ }) });
    const srFora = row.locator("td").nth(await matrix().locator("thead th").evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith("FORÆ"))));
    expect(await srFora.innerText()).toContain("n = 3 saker");
    expect(await matrix().locator("td[data-suppressed=true]").first().innerText()).toBe("skjult (< 2 saker)");
    const graph = page.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    await page.waitForTimeout(300);
    await checkAxe("evaluator-values");
    await shot(page, "21-evaluator-1920");
  });

  it("filters by district, breaks down by district and exports the selection without hidden values", async () => {
    await page.getByTestId("f-district").selectOption("Heimdal");
    await expect.poll(() => page.getByTestId("aggregate-meta").innerText()).toContain("Færre enn 2 saker");
    expect(page.url()).toContain("district=Heimdal");
    expect(await matrix().locator("td.cell").count()).toBe(0);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await page.getByTestId("export-csv").getAttribute("href"))!);
    expect(csv.split("\n")[0]).toContain("scope,group,group_cases,rater,target,n,mean,median,weak_share,suppressed,reason");
    expect(csv).toContain("suppressed");
    expect(csv).not.toMatch(/,\d\.\d+,/);
    await page.getByTestId("f-district").selectOption("");
    await page.getByTestId("f-by").selectOption("district");
    await page.getByTestId("group-matrix").waitFor();
    expect(await page.getByTestId("group").locator("option").allInnerTexts()).toEqual(["Heimdal (< 2 saker)", "Lerkendal (< 2 saker)", "Østbyen (< 2 saker)"]);
    expect(await page.getByTestId("group-matrix").locator("td.cell").count()).toBe(0);
    await checkAxe("evaluator-breakdown");
    await shot(page, "22-evaluator-breakdown-1920");
  });

  it("keeps an evaluator out of single cases and works on a phone", async () => {
    await page.goto(`${server.url}/#/cases/new`);
    await page.getByRole("heading", { name: "Analyse på tvers av saker" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/evaluator`);
    await matrix().waitFor();
    await page.waitForTimeout(500);
    await checkAxe("evaluator-390");
    await shot(page, "23-evaluator-390");
  });

  it("gives facilitators and admins a nav link to the evaluator view", async () => {
    await admin.getByRole("link", { name: "Analyse på tvers" }).click();
    await admin.getByTestId("aggregate-matrix").waitFor();
    expect(await admin.getByRole("link", { name: "Saker" }).count()).toBe(1);
  });
});

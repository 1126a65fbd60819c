// Browser test of the meeting view with seed case 3: graph pixels, matrix, weak links, threshold, presentation, print, phone, admin.
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { colourCentroid, colourCounts, expectAxeClean, setRange, shot } from "./browser.ts";
import { login, matrixCell, openMeeting } from "./flows.ts";
import { REPO } from "./server.ts";
import type { Server } from "./session.ts";
import { sessionPerFile } from "./setup.ts";
import { bigAnalysis } from "./big-graph.ts";

let server: Server;
let browser: Browser;
let page: Page;

sessionPerFile((s) => ({ server, browser, page } = s));

const ROLE_COLOURS = ["#CC79A7", "#9467BD", "#D55E00", "#56B4E9", "#B8860B"]; // HEGE ØBC PSYK SR FORÆ

describe.sequential("meeting view, seed case 3", () => {
  it("renders the sigma graph (node colours in a screenshot), the matrix and the links to strengthen", async () => {
    await openMeeting(page, server.url, "Sak 3");
    const graph = page.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    await page.waitForTimeout(300);
    const png = await graph.screenshot({ path: resolve(REPO, "test-results/e2e/10-graph.png") });
    const counts = await colourCounts(page, png, ROLE_COLOURS);
    for (const c of ROLE_COLOURS) expect(counts[c], `node colour ${c}: ${JSON.stringify(counts)}`).toBeGreaterThan(150);
    console.log("first graph frame (ms):", await graph.getAttribute("data-first-frame-ms"));
    expect(await matrixCell(page, 0, 1)).toBe("1,0");
    expect(await matrixCell(page, 3, 0)).toBe("4,7");
    expect(await page.locator("[data-testid=matrix] tbody tr >> nth=2").innerText()).toContain("har ikke svart");
    expect(await page.locator("[data-testid=matrix] td[data-weak=true]").count()).toBe(9);
    const weak = await page.locator("[data-testid=weak-links] li .score").allInnerTexts();
    expect(weak).toEqual(["1,0", "1,0", "1,5", "1,5", "1,8", "1,8", "2,0", "2,7", "2,7"]);
    await expectAxeClean(page, "meeting-1920");
    await shot(page, "11-meeting-1920");
  });

  it("moves the threshold and focuses a node from the lists", async () => {
    await setRange(page, "[data-testid=threshold]", 2);
    await expect.poll(() => page.locator("[data-testid=weak-links] li").count()).toBe(7);
    await expect.poll(() => page.url()).toContain("t=2");
    await page.locator("[data-testid=weak-links] li").first().getByRole("button").click();
    await page.getByLabel("Velg hvem grafen skal vise").selectOption({ label: "HEGE – Helsesykepleier" });
    await expect.poll(() => page.getByTestId("node-focus").innerText()).toContain("Får (inn)");
    await shot(page, "12-meeting-focus-1920");
  });

  it("presents full screen without admin chrome and prints on A4", async () => {
    await page.getByRole("button", { name: "Presentasjon" }).click();
    await expect.poll(() => page.locator("header.top").count()).toBe(0);
    await page.getByTestId("step").waitFor();
    await shot(page, "13-present-1920");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("header.top").count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    await shot(page, "14-print-a4");
    expect(await page.locator(".controls").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("works on a phone (390×844) and passes axe", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId("matrix").waitFor();
    await shot(page, "15-meeting-390");
    await expectAxeClean(page, "meeting-390");
    for (const [name, hash] of [["cases", "#/"], ["admin-users", "#/admin/users"]] as const) {
      await page.goto(`${server.url}/${hash}`);
      await page.locator("h1").waitFor();
      await page.waitForTimeout(300);
      await shot(page, `16-${name}-390`);
      await expectAxeClean(page, name);
    }
  });

  it("drags a node with one finger on a touch screen and keeps the new place", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await ctx.newPage();
    phone.setDefaultTimeout(10_000);
    await login(phone, server.url);
    await openMeeting(phone, server.url, "Sak 3");
    const graph = phone.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    await graph.scrollIntoViewIfNeeded();
    await phone.waitForTimeout(300);
    const box = (await graph.boundingBox())!;
    const hege = await colourCentroid(phone, await graph.screenshot(), "#CC79A7");
    expect(hege).not.toBeNull();
    const saved = () => phone.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("laget.layout.")).map((k) => localStorage.getItem(k)));
    expect(await saved()).toEqual([]);
    const cdp = await ctx.newCDPSession(phone);
    const at = (dx: number) => [{ x: box.x + hege!.x + dx, y: box.y + hege!.y + dx / 2 }];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
    for (let i = 1; i <= 8; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i * 10) });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await expect.poll(saved).toHaveLength(1);
    await phone.waitForTimeout(200);
    const moved = await colourCentroid(phone, await graph.screenshot({ path: resolve(REPO, "test-results/e2e/15-touch-drag-390.png") }), "#CC79A7");
    expect(Math.hypot(moved!.x - hege!.x, moved!.y - hege!.y)).toBeGreaterThan(40);
    await ctx.close();
  });

  it("lets an admin manage users", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/#/admin/users`);
    await page.locator("details.add summary").click();
    const form = page.locator("details.add form");
    await form.getByLabel("Navn").fill("Fasilitator Fem");
    await form.getByLabel("E-post").fill("fas@laget.test");
    await form.getByLabel(/Bydeler/).fill("Heimdal");
    await form.getByLabel(/Passord/).fill("lang-nok-passord");
    await form.getByRole("button", { name: "Legg til bruker" }).click();
    await expect.poll(() => page.locator("table.list").innerText()).toContain("fas@laget.test");
    await expectAxeClean(page, "users-1920");
    await shot(page, "17-users-1920");
  });

  it("times the first graph frame of a generated 500-node graph", async () => {
    await page.route("**/api/rounds/*/analysis*", (route) => route.fulfill({ json: bigAnalysis(500) }));
    await openMeeting(page, server.url, "Sak 3");
    const graph = page.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 30_000 }).toBe("true");
    console.log("first graph frame, 500 nodes (ms):", await graph.getAttribute("data-first-frame-ms"));
    await shot(page, "18-graph-500-1920");
    await page.unroute("**/api/rounds/*/analysis*");
  });
});

// Browser test of the workspace against the real server: facilitator flow, meeting view of seed case 3, compare, print, admin, axe.
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourCounts, expectAxeClean, shot } from "./browser.ts";
import { answerSurvey, login } from "./flows.ts";
import { REPO } from "./server.ts";
import { endSession, startSession, type Server } from "./session.ts";

let server: Server;
let browser: Browser;
let page: Page;
const axeLog: Record<string, number> = {};

const checkAxe = (name: string) => expectAxeClean(page, name, axeLog);

beforeAll(async () => {
  ({ server, browser, page } = await startSession({ logIn: false }));
}, 120_000);

afterAll(async () => {
  console.log("axe serious/critical per page:", JSON.stringify(axeLog));
  await endSession({ server, browser });
});

describe.sequential("facilitator workspace", () => {
  const links: string[] = [];

  it("logs in and shows the case list", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("#login-email").waitFor();
    await checkAxe("login");
    await shot(page, "01-login-1920");
    await page.fill("#login-email", "admin@laget.test");
    await page.fill("#login-password", "wrong-password-123");
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("#login-error").innerText()).toContain("Feil e-post eller passord");
    await login(page, server.url);
    await expect.poll(() => page.locator("table.list").innerText()).toContain("Sak 3");
    await checkAxe("cases");
    await shot(page, "02-cases-1920");
  });

  it("creates a case with a privacy warning and adds members by role", async () => {
    await page.getByRole("link", { name: "Ny sak" }).click();
    await expect.poll(() => page.locator("#privacy-warning").innerText()).toContain("fødselsnummer");
    await page.getByLabel("Sakskode").fill("010170 121 81");
    await expect.poll(() => page.locator(".field-error").first().innerText()).toContain("fødselsnummer");
    await page.getByLabel("Sakskode").fill("Heimdal-E2E");
    await page.getByLabel("Bydel").fill("Heimdal");
    await checkAxe("case-new");
    await page.getByRole("button", { name: "Opprett sak" }).click();
    await page.getByRole("heading", { name: "Heimdal-E2E" }).waitFor();
    // Three professionals: a family seat is left out of the analysis until the family agrees (test/e2e/family.test.ts).
    for (const role of ["SKLær", "PPT", "HEGE"]) {
      await page.locator("details.add").first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page.locator("details.add").first().getByLabel("Rolle").selectOption(role);
      await page.locator("details.add").first().getByRole("button", { name: "Legg til medlem" }).click();
      await expect.poll(() => page.locator("ul.members li").count()).toBeGreaterThan(["SKLær", "PPT", "HEGE"].indexOf(role));
    }
    await expect.poll(() => page.locator("ul.members").innerText()).toContain("Helsesykepleier");
    await checkAxe("case");
    await shot(page, "03-case-1920");
  });

  it("opens a round with copyable links, QR codes and a printable card sheet", async () => {
    await page.locator("details.add summary", { hasText: "Ny runde" }).click();
    await page.getByLabel("Navn på runden").fill("Høst");
    await page.getByRole("button", { name: "Opprett runde" }).click();
    await page.getByRole("button", { name: "Åpne runden og lag lenker" }).click();
    await expect.poll(() => page.locator("code.url").count()).toBe(3);
    links.push(...(await page.locator("code.url").allInnerTexts()));
    expect(links.every((l) => l.startsWith(`${server.url}/s/`))).toBe(true);
    await page.locator("details.qr-toggle summary").first().click();
    await expect.poll(() => page.locator("details.qr-toggle").first().locator(".qr svg").isVisible()).toBe(true);
    await checkAxe("round-open");
    await shot(page, "04-round-links-1920");
    await page.evaluate(() => document.body.classList.add("printing-cards"));
    await page.emulateMedia({ media: "print" });
    await shot(page, "05-card-sheet-print");
    expect(await page.locator(".link-card").count()).toBe(3);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.body.classList.remove("printing-cards"));
  });

  it("follows responses as two members answer, re-issues a link, closes and reopens", async () => {
    await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^0\s%$/);
    await answerSurvey(browser, links[0], 4);
    await answerSurvey(browser, links[1], 2);
    await page.getByRole("button", { name: "Oppdater" }).click();
    await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^67\s%$/);
    expect(await page.locator("ul.send-again li").count()).toBe(1);
    page.once("dialog", (d) => d.accept());
    await page.locator("table.links tbody tr").nth(2).getByRole("button", { name: /Ny lenke/ }).click();
    await expect.poll(async () => (await page.locator("code.url").allInnerTexts()).includes(links[2])).toBe(false);
    await checkAxe("round-status");
    await shot(page, "06-round-status-1920");
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Steng runden" }).click();
    await page.getByRole("button", { name: "Åpne runden igjen" }).waitFor();
    await page.getByRole("button", { name: "Åpne runden igjen" }).click();
    await page.getByRole("button", { name: "Steng runden" }).waitFor();
  });

  it("shows the new round's meeting view and switches dimension", async () => {
    await page.getByRole("link", { name: "Møtevisning" }).click();
    await page.getByTestId("matrix").waitFor();
    await expect.poll(() => page.locator("[data-testid=weak-links] li").count()).toBe(2);
    await page.getByTestId("dimension").selectOption("communication");
    await expect.poll(() => page.url()).toContain("dim=communication");
    await expect.poll(() => page.locator("[data-testid=matrix] td.cell .score").allInnerTexts()).toContain("2,0");
    await page.getByTestId("dimension").selectOption("timely");
    await expect.poll(() => page.locator("[data-testid=matrix] td.cell .score").allInnerTexts()).toContain("4,0");
  });

  it("compares two rounds: weak links closed and opened", async () => {
    await page.goBack();
    await page.getByRole("button", { name: "Steng runden" }).waitFor();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Steng runden" }).click();
    await page.getByRole("button", { name: "Åpne runden igjen" }).waitFor();
    await page.locator(".crumbs a").nth(1).click();
    await page.locator("details.add summary", { hasText: "Ny runde" }).click();
    await page.getByLabel("Navn på runden").fill("Vår");
    await page.getByLabel("Stenger (valgfritt)").fill("2099-12-12");
    await page.getByRole("button", { name: "Opprett runde" }).click();
    await expect.poll(() => page.getByTestId("round-dates").innerText()).toBe("Stenger 12. desember 2099");
    await page.getByRole("button", { name: "Åpne runden og lag lenker" }).click();
    await expect.poll(() => page.locator("code.url").count()).toBe(3);
    const spring = await page.locator("code.url").allInnerTexts();
    await answerSurvey(browser, spring[0], 2);
    await answerSurvey(browser, spring[1], 5);
    await page.locator(".crumbs a").nth(1).click();
    await page.getByRole("link", { name: "Sammenlign runder" }).click();
    await expect.poll(() => page.getByTestId("weak-closed").locator("li").count()).toBe(2);
    expect(await page.getByTestId("weak-opened").locator("li").count()).toBe(2);
    await checkAxe("compare-changes");
    await shot(page, "07-compare-changes-1920");
    await page.getByLabel("Side om side").check();
    await expect.poll(() => page.locator("[data-testid=matrix]").count()).toBe(2);
    await checkAxe("compare-side");
    await shot(page, "08-compare-side-1920");
  });

  it("animates the graph from the first round to the second, and switches without motion when asked", async () => {
    await page.getByLabel("Overgang").check();
    const graph = page.getByTestId("graph");
    await expect.poll(() => graph.getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    const seen = new Set<string>();
    await expect
      .poll(async () => {
        seen.add((await graph.getAttribute("data-transition")) ?? "");
        return graph.getAttribute("data-transition");
      }, { interval: 50, timeout: 10_000 })
      .toBe("done");
    expect(Number(await graph.getAttribute("data-frames"))).toBeGreaterThan(5);
    // Ends in round B ("Vår"): SKLær answered 2 (links to strengthen), PPT answered 5.
    expect(await graph.getAttribute("data-at")).toBe("1");
    expect(await graph.getAttribute("data-edges")).toBe("4");
    expect(await graph.getAttribute("data-weak-edges")).toBe("SKLær->HEGE SKLær->PPT");
    expect(await page.getByTestId("transition-state").innerText()).toBe("Viser Vår");
    await page.waitForTimeout(200);
    const png = await graph.screenshot({ path: resolve(REPO, "test-results/e2e/09-transition-graph.png") });
    const counts = await colourCounts(page, png, ["#B2182B", "#2166AC"]);
    expect(counts["#B2182B"], JSON.stringify(counts)).toBeGreaterThan(100);
    expect(counts["#2166AC"], JSON.stringify(counts)).toBeGreaterThan(100);
    await checkAxe("compare-transition");
    await shot(page, "09-compare-transition-1920");
    // Back to round A ("Høst"): PPT answered 2, so PPT's links are the weak ones.
    await page.getByRole("button", { name: "Vis Høst" }).click();
    await expect.poll(() => graph.getAttribute("data-weak-edges")).toBe("PPT->HEGE PPT->SKLær");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByTestId("play-transition").click();
    await expect.poll(() => graph.getAttribute("data-weak-edges")).toBe("SKLær->HEGE SKLær->PPT");
    expect(await graph.getAttribute("data-frames")).toBe("0");
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await shot(page, "09-compare-transition-390");
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it("edits a case, refuses to delete it while a round is open, and deletes another after confirming", async () => {
    await page.locator(".crumbs a").nth(1).click();
    await page.getByRole("button", { name: "Endre saken" }).click();
    await page.getByLabel("Enhet (barnehage/skole)").fill("Saupstad skole");
    await checkAxe("case-edit");
    await shot(page, "19-case-edit-1920");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Enhet (barnehage/skole): Saupstad skole");
    expect(await page.locator("ul.rounds").innerText()).toContain("Stenger 12. desember 2099");
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Slett saken" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("kan ikke slettes mens en runde er åpen");
    await page.goto(`${server.url}/#/cases/new`);
    await page.getByLabel("Sakskode").fill("Slett-meg");
    await page.getByLabel("Bydel").fill("Heimdal");
    await page.getByRole("button", { name: "Opprett sak" }).click();
    await page.getByRole("heading", { name: "Slett-meg" }).waitFor();
    page.once("dialog", (d) => d.dismiss());
    await page.getByRole("button", { name: "Slett saken" }).click();
    await page.waitForTimeout(200);
    await page.getByRole("heading", { name: "Slett-meg" }).waitFor();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Slett saken" }).click();
    await page.getByRole("heading", { name: "Saker" }).waitFor();
    await expect.poll(() => page.locator("table.list").innerText()).toContain("Heimdal-E2E");
    expect(await page.locator("table.list").innerText()).not.toContain("Slett-meg");
  });
});

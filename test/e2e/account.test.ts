// Browser test of the account pages: a user changes their password and makes and revokes an API token; the admin revokes a user's token, deletes a user and reads, filters, pages and downloads the audit log; axe, screenshots.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAxeClean } from "./browser.ts";
import { apiCall } from "./flows.ts";
import { ADMIN } from "./server.ts";
import { desktopPage, type Server } from "./session.ts";
import { sessionPerFile, shotsAt } from "./setup.ts";

let server: Server;
let browser: Browser;
let page: Page;

sessionPerFile((s) => ({ server, browser, page } = s));

const USER = { name: "Kari Koordinator", email: "kari@laget.test", password: "gammelt-passord-1", role: "facilitator", districts: ["Nord"] };
const NEW_PASSWORD = "nytt-og-langt-passord-2";
const OTHER = { name: "Ola Overflødig", email: "ola@laget.test", password: "ola-passord-123", role: "facilitator", districts: [] };

/** Logs in on the login form; resolves when the case list shows, or with the login page's alert text. */
async function loginAs(p: Page, email: string, password: string): Promise<void> {
  await p.goto(`${server.url}/`);
  await p.fill("#login-email", email);
  await p.fill("#login-password", password);
  await p.click("form button[type=submit]");
}

/** Whether a bearer token is let in (status of GET /api/account/tokens with it and no cookie). */
async function bearerStatus(token: string): Promise<number> {
  return (await fetch(`${server.url}/api/account/tokens`, { headers: { Authorization: `Bearer ${token}` } })).status;
}

describe.sequential("own account and the audit log", () => {
  let userPage: Page;
  let token = "";

  it("a user changes the password (a wrong current one is refused) and logs in with the new one", async () => {
    await apiCall(page, "POST", "/api/users", USER);
    await apiCall(page, "POST", "/api/users", OTHER);
    userPage = await desktopPage(browser);
    await loginAs(userPage, USER.email, USER.password);
    await userPage.getByRole("heading", { name: "Saker" }).waitFor();
    await userPage.getByRole("link", { name: "Min konto" }).click();
    await userPage.getByRole("heading", { name: "Min konto" }).waitFor();
    expect(await userPage.locator("main").innerText()).toContain("kari@laget.test");

    await userPage.getByLabel("Nåværende passord").fill("ikke-riktig-passord");
    await userPage.getByLabel("Nytt passord").fill(NEW_PASSWORD);
    await userPage.getByRole("button", { name: "Bytt passord" }).click();
    await userPage.getByText("Nåværende passord er feil.").waitFor();
    await expectAxeClean(userPage, "account-wrong-password");

    await userPage.getByLabel("Nåværende passord").fill(USER.password);
    await userPage.getByLabel("Nytt passord").fill(NEW_PASSWORD);
    await userPage.getByRole("button", { name: "Bytt passord" }).click();
    await userPage.getByText("Passordet er byttet.").waitFor();

    // The old password no longer works; the new one does.
    await userPage.getByRole("button", { name: "Logg ut" }).click();
    await loginAs(userPage, USER.email, USER.password);
    await userPage.getByRole("alert").waitFor();
    expect(await userPage.getByRole("heading", { name: "Saker" }).count()).toBe(0);
    await loginAs(userPage, USER.email, NEW_PASSWORD);
    await userPage.getByRole("heading", { name: "Saker" }).waitFor();
  }, 90_000);

  it("makes an API token, shown once with a warning, that works until it is revoked", async () => {
    await userPage.getByRole("link", { name: "Min konto" }).click();
    await userPage.getByText("Ingen API-nøkler.").waitFor();
    await userPage.getByLabel("Navn", { exact: true }).fill("Rapportskript");
    await userPage.getByLabel("Gyldig i dager").fill("30");
    await userPage.getByRole("button", { name: "Lag API-nøkkel" }).click();
    await userPage.getByText("Den vises bare denne ene gangen").waitFor();
    token = (await userPage.locator("code.token").innerText()).trim();
    expect(token.length).toBeGreaterThan(20);
    expect(await bearerStatus(token)).toBe(200);
    const row = userPage.locator("table.list tbody tr", { hasText: "Rapportskript" });
    expect(await row.innerText()).toContain("Gyldig");
    // Expires 30 days from now, in Norwegian date format (dd.mm.yyyy).
    const expires = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString("nb-NO", { day: "2-digit", month: "2-digit", year: "numeric" });
    expect(await row.innerText()).toContain(expires);
    await shotsAt(userPage, "account-token", { axe: true });

    await userPage.getByRole("button", { name: "Jeg har kopiert den" }).click();
    expect(await userPage.locator("code.token").count()).toBe(0);
    userPage.once("dialog", (d) => void d.accept());
    await userPage.getByRole("button", { name: "Slett: Rapportskript" }).click();
    await userPage.getByText("Ingen API-nøkler.").waitFor();
    expect(await bearerStatus(token)).toBe(401);

    // A second token, for the admin to revoke.
    await userPage.getByLabel("Navn", { exact: true }).fill("Eksport");
    await userPage.getByRole("button", { name: "Lag API-nøkkel" }).click();
    token = (await userPage.locator("code.token").innerText()).trim();
    expect(await bearerStatus(token)).toBe(200);
  }, 90_000);

  it("the admin sees and revokes a user's token and deletes a user after a confirmation", async () => {
    await page.getByRole("link", { name: "Brukere" }).click();
    await page.getByRole("heading", { name: "Brukere" }).waitFor();
    await page.locator("summary", { hasText: "Kari Koordinator" }).click();
    const kari = page.locator("details.user-manage", { hasText: "Kari Koordinator" });
    await kari.getByRole("row", { name: /Eksport/ }).waitFor();
    await expectAxeClean(page, "users-tokens");
    page.once("dialog", (d) => void d.accept());
    await kari.getByRole("button", { name: "Slett: Eksport" }).click();
    await kari.getByText("Ingen API-nøkler.").waitFor();
    expect(await bearerStatus(token)).toBe(401);

    await page.locator("summary", { hasText: "Ola Overflødig" }).click();
    // Dismissing the confirmation keeps the user.
    page.once("dialog", (d) => void d.dismiss());
    await page.getByRole("button", { name: "Slett brukeren: Ola Overflødig" }).click();
    expect(await page.locator("table.list").first().innerText()).toContain("ola@laget.test");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Slett brukeren: Ola Overflødig" }).click();
    await expect.poll(() => page.locator("main").innerText()).not.toContain("ola@laget.test");
    const users = await apiCall<{ users: { email: string }[] }>(page, "GET", "/api/users");
    expect(users.users.map((u) => u.email)).not.toContain("ola@laget.test");
    // The admin cannot delete themselves.
    await page.locator("summary", { hasText: "Admin Testesen" }).click();
    expect(await page.getByRole("button", { name: "Slett brukeren: Admin Testesen" }).isDisabled()).toBe(true);
    await shotsAt(page, "users-manage", { axe: true });
  }, 90_000);

  it("the admin reads the log with their own login, filters it, pages it and downloads the CSV", async () => {
    await page.getByRole("link", { name: "Logg", exact: true }).click();
    await page.getByRole("heading", { name: "Logg over hendelser" }).waitFor();
    const table = page.locator("table.audit");
    await table.waitFor();
    const login = table.locator("tbody tr", { hasText: "auth.login" }).filter({ hasText: ADMIN.email }).last();
    await login.waitFor();
    // Time in Norwegian short format: dd.mm.yyyy, hh:mm.
    expect(await login.locator("th").innerText()).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    // The action in plain words, its code beneath; the filter offers the same words.
    expect(await login.locator(".audit-action").innerText()).toBe("Logget inn");
    expect(await login.locator("code.audit-code").innerText()).toBe("auth.login");
    expect(await page.getByLabel("Handling").locator("option[value='user.delete']").innerText()).toBe("Slettet bruker");
    await expectAxeClean(page, "audit");

    await page.getByLabel("Handling").selectOption("user.delete");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    expect(await table.innerText()).toContain("ola@laget.test");
    await page.getByLabel("Handling").selectOption("auth.login");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect.poll(async () => (await table.locator("tbody td code").allInnerTexts()).every((a) => a === "auth.login")).toBe(true);
    const dayBefore = new Date(Date.now() - 86_400_000).toLocaleDateString("sv-SE");
    await page.getByLabel("Til og med dato").fill(dayBefore);
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await page.getByText("Ingen hendelser passer filteret.").waitFor();
    await page.getByLabel("Til og med dato").fill("");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await table.waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned CSV" }).click()]);
    const csv = readFileSync(await download.path(), "utf8");
    const lines = csv.trim().split("\n");
    expect(lines.length).toBeGreaterThan(2);
    expect(csv).toContain(ADMIN.email);
    expect(csv).toContain(USER.email);
    for (const line of lines.slice(1)) expect(line).toContain("auth.login");
    expect(csv).not.toContain("audit.view");

    // «Last flere»: 60 readings of the log (each recorded) fill more than one page of 50.
    await page.evaluate(async () => {
      for (let i = 0; i < 60; i++) await fetch("/api/audit?limit=1");
    });
    await page.getByRole("button", { name: "Nullstill" }).click();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(50);
    await page.getByRole("button", { name: "Last flere" }).click();
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(50);
    const seqTimes = await table.locator("tbody th time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect([...seqTimes].sort().reverse()).toEqual(seqTimes);
    // On a phone each entry is a card: the log does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator(".table-wrap").evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
    await shotsAt(page, "audit", { axe: true });
  }, 120_000);
});

// Browser test of links and reminders by e-mail against the real server and a real SMTP server: member addresses,
// opening by e-mail, the mail column, «Send påminnelse», erasing the addresses at close; screenshots and axe.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAxeClean, shot } from "./browser.ts";
import { endSession, startSession, type Server } from "./session.ts";
import { startSmtp, type TestSmtp } from "../server/mail/smtp.ts";

let smtp: TestSmtp;
let server: Server;
let browser: Browser;
let page: Page;
const axeLog: Record<string, number> = {};
const checkAxe = (name: string) => expectAxeClean(page, name, axeLog);

/** The team: four with a work address (the special teacher's is refused by the mail server), the nurse without. */
const TEAM = [
  { role: "PPT", email: "ppt@kommune.test" },
  { role: "SKLær", email: "kontaktlarer@skole.test" },
  { role: "SR", email: "spesped@skole.test" },
  { role: "FORÆ", email: "foreldre@familie.test" },
  { role: "HEGE", email: "" },
];
const REFUSED = "spesped@skole.test";

beforeAll(async () => {
  smtp = await startSmtp();
  smtp.reject.add(REFUSED);
  ({ server, browser, page } = await startSession({ mailer: smtp.mailer() }));
}, 120_000);

afterAll(async () => {
  console.log("axe serious/critical per page:", JSON.stringify(axeLog));
  await endSession({ server, browser });
  await smtp?.close();
});

/** Both sizes the brief asks for beside the desktop one, then back to 1920×1080. */
async function shots(name: string): Promise<void> {
  for (const [w, h] of [[1280, 720], [390, 844], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await checkAxe(`${name}-${w}`);
    await shot(page, `mail-${name}-${w}`);
  }
}

describe.sequential("links and reminders by e-mail in the workspace", () => {
  it("adds members with work addresses; the parents' field asks for the family's consent", async () => {
    await page.getByRole("link", { name: "Ny sak" }).click();
    await page.getByLabel("Sakskode").fill("Post-E2E");
    await page.getByLabel("Bydel").fill("Heimdal");
    await page.getByRole("button", { name: "Opprett sak" }).click();
    await page.getByRole("heading", { name: "Post-E2E" }).waitFor();
    const add = page.locator("details.add").first();
    for (const [i, m] of TEAM.entries()) {
      await add.evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await add.getByLabel("Rolle").selectOption(m.role);
      if (m.role === "FORÆ") await expect.poll(() => add.locator(".hint").allInnerTexts()).toContainEqual(expect.stringContaining("Spør familien først"));
      await add.getByLabel("E-post (jobb)").fill("ikke-en-adresse");
      await expect.poll(() => add.locator(".field-error").innerText()).toContain("gyldig e-postadresse");
      await add.getByLabel("E-post (jobb)").fill(m.email);
      await add.getByRole("button", { name: "Legg til medlem" }).click();
      await expect.poll(() => page.locator("ul.members li").count()).toBe(i + 1);
    }
    await expect.poll(() => page.locator("ul.members").innerText()).toContain("ppt@kommune.test");
    await checkAxe("members-email");
  });

  it("opens the round by e-mail: three mailed, one refused with the server's reason, the nurse's link shown", async () => {
    await page.locator("details.add summary", { hasText: "Ny runde" }).click();
    await page.getByLabel("Navn på runden").fill("Vår");
    await page.getByRole("button", { name: "Opprett runde" }).click();
    const byMail = page.getByLabel("Send lenkene på e-post til de 4 som har adresse");
    await expect.poll(() => byMail.isChecked()).toBe(true);
    await shots("round-draft");
    await page.getByRole("button", { name: "Åpne runden og lag lenker" }).click();
    // Four mails go out before the answer comes back.
    await expect.poll(() => page.locator("code.url").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator("table.links .mail-ok").count()).toBe(3);
    await expect.poll(() => page.locator("table.links .mail-failed").innerText()).toContain("550 5.1.1 <adresse>");
    expect(smtp.received.map((r) => r.to).sort()).toEqual(["foreldre@familie.test", "kontaktlarer@skole.test", "ppt@kommune.test"]);
    // The mailed links are nowhere on the page.
    const html = await page.content();
    for (const r of smtp.received) expect(html).not.toContain(/\/s\/[A-Za-z0-9_-]+/.exec(r.mail.text!)![0]);
  });

  it("shows per member what the mail server said, and reminds the refused member once the address is mended", async () => {
    const status = page.locator("table.status-table");
    await expect.poll(() => status.locator(".mail-accepted").count()).toBe(3);
    await expect.poll(() => status.locator(".mail-failed").innerText()).toContain("Recipient address rejected");
    await expect.poll(() => status.innerText()).toContain("Ingen adresse");
    await shots("round-open");
    smtp.reject.delete(REFUSED);
    const remind = page.getByRole("button", { name: "Send påminnelse" });
    await expect.poll(() => remind.isEnabled()).toBe(true);
    await remind.click();
    await expect.poll(() => page.getByTestId("reminders").innerText(), { timeout: 20_000 }).toContain("1 sendt, 0 feilet, 3 må vente.");
    await expect.poll(() => smtp.received.length).toBe(4);
    expect(smtp.received[3].to).toBe(REFUSED);
    expect(smtp.received[3].mail.subject).toMatch(/^Påminnelse: /);
    await expect.poll(() => status.locator(".mail-accepted").count()).toBe(4);
    // The links panel follows: the refused member's row now says a new link went out by mail.
    await expect.poll(() => page.locator("table.links .mail-failed").count()).toBe(0);
    await expect.poll(() => page.locator("table.links").innerText()).toContain("Ny lenke sendt på e-post (påminnelse)");
    await expect.poll(() => remind.isEnabled()).toBe(false);
    await expect.poll(() => page.getByTestId("reminders").innerText()).toContain("Neste påminnelse kan sendes");
    await shots("round-reminded");
  });

  it("closing erases the addresses unless kept, and says how many", async () => {
    await page.getByLabel("Behold e-postadressene til neste runde").waitFor();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Steng runden" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContainEqual(expect.stringContaining("4 e-postadresser ble slettet."));
    await shots("round-closed");
  });
});

// Browser test of the meeting's follow-up: agenda drafted from the results → actions agreed → the next round shows
// each action's link before → after; the minutes print on A4; the case lists its actions; the case over time.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, expectAxeClean } from "./browser.ts";
import { AUTUMN, SPRING, importScores, meanOf } from "./follow-up-data.ts";
import { readPdf } from "./meeting-pdf.ts";
import type { Session } from "./session.ts";
import { followUpPerFile, shotsAt } from "./setup.ts";

let s: Session;
let page: Page;
let caseId: string;
let ids: string[];
let autumn: string;
let spring: string;
const axeLog: Record<string, number> = {};
const A4 = { width: 595.3, height: 841.9 };

/** The visible text of a table's body rows, one string per row (cells joined by " | "; a select reads as its chosen option). */
async function rows(testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children]
          .map((c) => {
            const select = c.querySelector("select");
            const copy = c.cloneNode(true) as HTMLElement;
            copy.querySelectorAll(".sr-only, .print-only").forEach((x) => x.remove());
            return (select ? select.selectedOptions[0].text : (copy.textContent ?? "")).replace(/\s+/g, " ").trim();
          })
          .join(" | "),
      ),
    );
}

followUpPerFile("Oppfølging-E2E", axeLog, (f) => {
  s = f;
  ({ page, caseId, ids, autumn } = f);
});

describe.sequential("agenda, agreed actions and the follow-up in the next round", () => {
  it("drafts the agenda from the round's results, reached from the meeting view", async () => {
    await page.goto(`${s.server.url}/#/rounds/${autumn}/meeting`);
    await page.locator(".matrix-panel").waitFor();
    await page.getByTestId("agenda-link").click();
    await page.getByTestId("agenda").waitFor();
    expect(page.url()).toContain(`#/rounds/${autumn}/agenda?`);
    const weak = await page.getByTestId("agenda-weak").locator("li .dirs").allInnerTexts();
    // Lowest first, both directions of each pair: HEGE → PPT 2,0 (PPT → HEGE 4,2), SKLær → HEGE 3,0, FORÆ → PPT 3,3.
    expect(weak.map((x) => x.replace(/\s+/g, " ").trim())).toEqual([
      "Helsesykepleier → PP-tjenesten 2,0 PP-tjenesten → Helsesykepleier 4,2",
      "Lærer → Helsesykepleier 3,0 Helsesykepleier → Lærer 4,4",
      "Foreldre / foresatte → PP-tjenesten 3,3 PP-tjenesten → Foreldre / foresatte 4,4",
    ]);
    expect((await page.getByTestId("agenda-strengths").locator("li").first().innerText()).replace(/\s+/g, " ")).toBe("Koordinator → Foreldre / foresatte 5,0");
    expect(await page.getByTestId("agenda-different").innerText()).toContain("forskjell 2,2");
    expect(await page.getByTestId("agenda-family").count()).toBe(0);
    expect(await page.getByTestId("no-actions").innerText()).toBe("Ingen tiltak er avtalt ennå.");
    await expectAxeClean(page, "agenda", axeLog);
  });

  it("records an action on the weakest link and one for the team, and changes a status", async () => {
    await page.getByTestId("agenda-weak").getByRole("button", { name: /Avtal tiltak/ }).first().click();
    const form = page.getByTestId("action-form");
    expect(await form.getByTestId("action-source").inputValue()).toBe("HEGE");
    expect(await form.getByTestId("action-target").inputValue()).toBe("PPT");
    await form.getByTestId("action-what").fill("Helsesykepleier deltar på PPT-møtet hver måned");
    await form.getByTestId("action-who").selectOption("HEGE");
    await form.getByTestId("action-due").fill("2027-01-15");
    await expectAxeClean(page, "agenda-form", axeLog);
    await shotsAt(page, "60-agenda-form");
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await expect.poll(() => page.getByTestId("agenda-said").innerText()).toBe("Tiltaket «Helsesykepleier deltar på PPT-møtet hver måned» er lagt til.");
    await page.getByTestId("new-action").click();
    expect(await form.getByTestId("action-kind").inputValue()).toBe("team");
    await form.getByTestId("action-what").fill("Felles plan for overgangen til ungdomsskolen");
    await form.getByTestId("action-who").selectOption("KOORD");
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await expect.poll(() => rows("actions-table")).toEqual([
      "Helsesykepleier deltar på PPT-møtet hver måned | Helsesykepleier → PP-tjenesten | Helsesykepleier | 15. januar 2027 | Åpent | Endre",
      "Felles plan for overgangen til ungdomsskolen | Hele laget | Koordinator | – | Åpent | Endre",
    ]);
    await page.getByTestId("actions-table").getByTestId("action-status").nth(1).selectOption("done");
    await expect.poll(() => page.getByTestId("agenda-said").innerText()).toContain("er nå: Gjennomført");
    await page.reload();
    await page.getByTestId("actions-table").waitFor();
    expect(await page.getByTestId("action-status").evaluateAll((sel) => sel.map((x) => (x as HTMLSelectElement).value))).toEqual(["open", "done"]);
    // Changing the action's text through «Endre» keeps it one action.
    await page.getByTestId("actions-table").getByRole("button", { name: /^Endre.*Helsesykepleier deltar/ }).click();
    await page.getByTestId("action-what").fill("Helsesykepleier deltar på PPT-møtet annenhver uke");
    await page.getByTestId("action-form").getByRole("button", { name: "Lagre" }).click();
    await expect.poll(async () => (await rows("actions-table"))[0]).toContain("Helsesykepleier deltar på PPT-møtet annenhver uke |");
    expect(await page.getByTestId("actions-table").locator("tbody tr").count()).toBe(2);
    await expectAxeClean(page, "agenda-actions", axeLog);
    await shotsAt(page, "61-agenda-actions");
  });

  it("prints the minutes on A4: the header facts, the agenda and the actions, Norwegian dates, no controls, nothing outside the page", async () => {
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(resolve(SHOTS, "62-minutes.pdf"), pdf);
    const pages = await readPdf(page, pdf);
    pages.forEach((p, i) => writeFileSync(resolve(SHOTS, `62-minutes-page${i + 1}.png`), p.png));
    expect(pages.length, "the minutes of a five-member team fit on two pages").toBeLessThanOrEqual(2);
    for (const [i, p] of pages.entries()) {
      expect(Math.abs(p.width - A4.width), `page ${i + 1} width`).toBeLessThan(2);
      expect(Math.abs(p.height - A4.height), `page ${i + 1} height`).toBeLessThan(2);
      expect(p.inkInMargin, `page ${i + 1}: nothing outside the printable area`).toBe(0);
    }
    const text = pages.map((p) => p.text).join(" ").replace(/\s+/g, " ");
    for (const fact of ["Referat fra møtet", "Runde: Høst 2026", "Grense: ≤ 3,5", "Nivå: Roller", "Svarprosent: 100 %", "Styrker å ta vare på", "Lenker å styrke", "Ulike opplevelser", "Avtalte tiltak"]) {
      expect(text).toContain(fact);
    }
    for (const action of ["Helsesykepleier deltar på PPT-møtet annenhver uke", "15. januar 2027", "Felles plan for overgangen til ungdomsskolen", "Gjennomført", "Åpent"]) expect(text).toContain(action);
    expect(text).not.toMatch(/Avtal tiltak|Nytt tiltak|Skriv ut referat|Droppet|\d{4}-\d{2}-\d{2}/);
  });

  it("shows each action's link before → after in the next round, and the case lists the actions with their status", async () => {
    spring = await importScores(page, caseId, ids, "Vår 2027", SPRING);
    await page.goto(`${s.server.url}/#/rounds/${spring}/agenda?by=role&t=3.5&dim=all`);
    await page.getByTestId("follow-up").waitFor();
    expect(await page.getByTestId("follow-up").locator("h2").innerText()).toBe("Oppfølging av tiltakene fra Høst 2026");
    const [before, after] = [meanOf(AUTUMN), meanOf(SPRING)];
    const nb = (v: number) => v.toFixed(1).replace(".", ",");
    const signed = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "") + nb(Math.abs(v));
    const followUp = await rows("follow-up-table");
    expect(followUp).toEqual([
      "Helsesykepleier deltar på PPT-møtet annenhver uke | Helsesykepleier → PP-tjenesten | Høst 2026 | Helsesykepleier | 15. januar 2027 | Åpent | 2,0 → 3,6 (+1,6)",
      `Felles plan for overgangen til ungdomsskolen | Hele laget | Høst 2026 | Koordinator | – | Gjennomført | ${nb(before)} → ${nb(after)} (${signed(after - before)})`,
    ]);
    expect(await page.getByTestId("no-actions").innerText()).toBe("Ingen tiltak er avtalt ennå.");
    await expectAxeClean(page, "agenda-follow-up", axeLog);
    await shotsAt(page, "63-agenda-follow-up");
    await page.goto(`${s.server.url}/#/cases/${caseId}`);
    await page.getByTestId("case-actions-table").waitFor();
    expect(await page.getByTestId("case-actions").innerText()).toContain("2 tiltak, 1 åpne.");
    expect(await rows("case-actions-table")).toEqual([
      "Helsesykepleier deltar på PPT-møtet annenhver uke | Helsesykepleier → PP-tjenesten | Høst 2026 | Helsesykepleier | 15. januar 2027 | Åpent | 2,0 → 3,6 (+1,6)",
      `Felles plan for overgangen til ungdomsskolen | Hele laget | Høst 2026 | Koordinator | – | Gjennomført | ${nb(before)} → ${nb(after)} (${signed(after - before)})`,
    ]);
    await expectAxeClean(page, "case-page", axeLog);
    await shotsAt(page, "64-case-page");
  });
});

describe.sequential("the case over time", () => {
  it("shows the figures of every round as charts and a table, each pair's trend, and links to compare", async () => {
    await page.goto(`${s.server.url}/#/cases/${caseId}`);
    await page.getByRole("link", { name: "Saken over tid" }).click();
    await page.getByTestId("figures-table").waitFor();
    expect(await page.getByTestId("figure-chart").count()).toBe(4);
    const table = await rows("figures-table");
    // Role level: one member per role, so the role means are the member means; weak share 3/18 then 1/18.
    expect(table.map((r) => r.split(" | ").filter((_, i) => i !== 1))).toEqual([
      ["Høst 2026", "100 %", "4,1", "17 %", expect.stringMatching(/ %$/), "3 av 18"],
      ["Vår 2027", "100 %", "4,2", "6 %", expect.stringMatching(/ %$/), "1 av 18"],
    ]);
    // HEGE → PPT went from 2,0 to 3,6: its row has both numbers, the change and a sparkline.
    const trend = page.getByTestId("pair-trends").locator("tbody tr", { hasText: "Helsesykepleier → PP-tjenesten" });
    expect((await trend.innerText()).replace(/\s+/g, " ").trim()).toBe("Helsesykepleier → PP-tjenesten 2,0 3,6 +1,6");
    expect(await trend.locator("svg.sparkline circle").count()).toBe(2);
    expect(await page.getByTestId("pair-trends").locator("tbody tr").count()).toBe(18);
    await page.getByTestId("only-weak").check();
    expect(await page.getByTestId("pair-trends").locator("tbody tr").count()).toBe(3);
    await expectAxeClean(page, "timeline", axeLog);
    // On a phone both tables stack into cards: nothing scrolls sideways, and each value carries its column's name.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.evaluate(() => [document.documentElement, ...document.querySelectorAll(".table-wrap")].map((e) => e.scrollWidth - e.clientWidth)))
      .toEqual([0, 0, 0]);
    expect(await page.getByTestId("figures-table").locator("tbody tr").first().evaluate((tr) => getComputedStyle(tr).display)).toBe("grid");
    expect(await trend.locator("td").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-label")))).toEqual(["Utvikling", "Høst 2026", "Vår 2027", "Endring"]);
    await expectAxeClean(page, "timeline-phone", axeLog);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.getByTestId("figures-table").locator("tbody tr").first().evaluate((tr) => getComputedStyle(tr).display)).toBe("table-row");
    await shotsAt(page, "65-timeline");
    // Members and threshold 4,0: kept in the URL and carried into the comparison.
    await page.getByRole("radio", { name: "Medlemmer" }).check();
    await page.locator("[data-testid=timeline-threshold]").evaluate((el) => {
      (el as HTMLInputElement).value = "4";
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect.poll(() => page.url()).toContain("by=member&t=4");
    await expect.poll(async () => (await rows("figures-table"))[0].split(" | ").at(-1)).toBe("7 av 18");
    await page.getByTestId("compare-links").getByRole("link", { name: "Høst 2026 → Vår 2027" }).click();
    await expect.poll(() => page.url()).toContain(`#/cases/${caseId}/compare?a=${autumn}&b=${spring}`);
    expect(page.url()).toMatch(/by=member&t=4/);
    await page.getByTestId("round-a").waitFor();
    expect(await page.getByTestId("round-a").inputValue()).toBe(autumn);
  });
});

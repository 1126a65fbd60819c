// Browser test of the printed handout through Chromium's print path (page.pdf, A4): a 12-member team on at most two
// pages, nothing outside the printable area, the header facts, Norwegian dates, no hover hints, full names on the graph.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHOTS } from "./browser.ts";
import { apiCall, openMeeting } from "./flows.ts";
import { readPdf, type PdfPage } from "./meeting-pdf.ts";
import { endSession, startSession, type Session } from "./session.ts";

let s: Session;
let page: Page;

const TEAM: [string, string][] = [
  ["SR", ""], ["SKLed", ""], ["SKLær", "kontaktlærer"], ["SKLær", "faglærer"], ["PPT", ""], ["HEGE", ""],
  ["FYS", ""], ["TALE", ""], ["PSYK", ""], ["ØBC", ""], ["FORÆ", ""], ["KOORD", ""],
];
const MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember";
/** Chromium prints A4 as 595.92 × 842.88 pt (210 × 297 mm rounded to its pixel grid). */
const A4 = { width: 595.3, height: 841.9 };

/** A case of 12 members with an imported round: everyone but the psychologist answered; a few pairs left blank. */
async function twelveMemberRound(): Promise<string> {
  const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code: "Tolv-i-laget", district: "Lerkendal", unit: "" });
  const ids: string[] = [];
  for (const [role, label] of TEAM) ids.push((await apiCall<{ member: { id: string } }>(page, "POST", `/api/cases/${kase.id}/members`, { role, label })).member.id);
  const scores = ids.flatMap((rater, i) =>
    TEAM[i][0] === "PSYK" ? [] : ids.flatMap((target, j) => (i === j || (i + j) % 11 === 0 ? [] : [{ rater, target, score: 1 + ((i * 7 + j * 3) % 9) / 2 }])),
  );
  const { round } = await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${kase.id}/rounds/import`, { name: "Høst 2026", scores });
  return round.id;
}

/** Prints the page as Chromium does, reads the PDF back and keeps each page as a PNG for looking at. */
async function handout(name: string): Promise<PdfPage[]> {
  await expect.poll(() => page.getByTestId("graph-svg").count()).toBe(1);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  writeFileSync(resolve(SHOTS, `${name}.pdf`), pdf);
  const pages = await readPdf(page, pdf);
  pages.forEach((p, i) => writeFileSync(resolve(SHOTS, `${name}-page${i + 1}.png`), p.png));
  return pages;
}

function expectA4AndInside(pages: PdfPage[], name: string): void {
  for (const [i, p] of pages.entries()) {
    expect(Math.abs(p.width - A4.width), `${name} page ${i + 1} width`).toBeLessThan(2);
    expect(Math.abs(p.height - A4.height), `${name} page ${i + 1} height`).toBeLessThan(2);
    expect(p.ink, `${name} page ${i + 1} is not empty`).toBeGreaterThan(1000);
    expect(p.inkInMargin, `${name} page ${i + 1}: nothing runs out of the printable area`).toBe(0);
  }
}

beforeAll(async () => {
  s = await startSession();
  page = s.page;
}, 120_000);

afterAll(() => endSession(s));

describe.sequential("the printed handout", () => {
  it("prints a 12-member team on at most two A4 pages with the header facts and nothing outside the page", async () => {
    const id = await twelveMemberRound();
    await page.goto(`${s.server.url}/#/rounds/${id}/meeting?by=member`);
    await page.getByTestId("matrix").waitFor();
    const pages = await handout("50-handout-12");
    expect(pages.length, "at most two pages").toBeLessThanOrEqual(2);
    expectA4AndInside(pages, "12 members");
    const text = pages.map((p) => p.text).join(" ").replace(/\s+/g, " ");
    for (const fact of ["Runde: Høst 2026", "Grense: ≤ 3,5", "Dimensjon: Alle sju", "Nivå: Medlemmer", "Svarprosent: 92 %"]) expect(text).toContain(fact);
    expect(text).toMatch(new RegExp(`Dato: \\d{1,2}\\. (${MONTHS}) \\d{4}`));
    expect(text).not.toMatch(/holder over|hold over|\d{4}-\d{2}-\d{2}/);
    // The graph is drawn as text and paths for the page: full names on the nodes.
    for (const name of ["Lærer (kontaktlærer)", "Lærer (faglærer)", "Helsesykepleier", "Koordinator"]) expect(text).toContain(name);
  });

  it("prints seed case 3 on at most two pages, within the page, in the print layout only", async () => {
    await openMeeting(page, s.server.url, "Sak 3");
    const pages = await handout("51-handout-case3");
    expect(pages.length).toBeLessThanOrEqual(2);
    expectA4AndInside(pages, "case 3");
    const text = pages.map((p) => p.text).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("Nivå: Roller");
    expect(text).toContain("Foreldre / foresatte");
    expect(text).not.toMatch(/Presentasjon|Skriv ut|Vis i grafen/);
    // On screen the handout header and the SVG copy stay hidden; the sigma canvas shows.
    expect(await page.getByTestId("handout-header").isVisible()).toBe(false);
    expect(await page.getByTestId("graph-svg").isVisible()).toBe(false);
    expect(await page.getByTestId("graph").isVisible()).toBe(true);
  });
});

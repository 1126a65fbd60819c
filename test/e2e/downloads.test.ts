// Browser test of the workspace's exports, imports and round page: every export button downloads its own file,
// the import screen previews then imports, the round status refreshes by itself, and cards can be printed again.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, expectAxeClean } from "./browser.ts";
import { answerSurvey, apiCall } from "./flows.ts";
import type { Session } from "./session.ts";
import { followUpPerFile, shotsAt } from "./setup.ts";

let s: Session;
let page: Page;
let caseId: string;
let ids: string[];
let autumn: string;
const axeLog: Record<string, number> = {};

/** Clicks each download link inside `list`; returns each format's suggested file name and size in bytes. */
async function downloadAll(list: string): Promise<{ format: string; name: string; bytes: number; text: string }[]> {
  const links = page.getByTestId(list).locator("a[data-format]");
  const out = [];
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const format = (await link.getAttribute("data-format"))!;
    // A busy machine may take a while to build a workbook: wait for the file, not for a speed.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), link.click()]);
    const path = resolve(SHOTS, `download-${list}-${format}`);
    await download.saveAs(path);
    const { readFileSync } = await import("node:fs");
    const body = readFileSync(path);
    out.push({ format, name: download.suggestedFilename(), bytes: body.length, text: format === "xlsx" ? "" : body.toString("utf8") });
  }
  return out;
}

followUpPerFile("Nedlasting-E2E", axeLog, (f) => {
  s = f;
  ({ page, caseId, ids, autumn } = f);
});

describe.sequential("exports, imports and the round page in the workspace", () => {
  it("downloads the round in all nine formats from the meeting view, each under its own file name, with the level on screen", async () => {
    await page.goto(`${s.server.url}/#/rounds/${autumn}/meeting?by=role&t=3.5&dim=all`);
    await page.locator(".matrix-panel").waitFor();
    await page.getByTestId("round-downloads").locator("summary").click();
    await expectAxeClean(page, "meeting-downloads", axeLog);
    await shotsAt(page, "70-meeting-downloads");
    const files = await downloadAll("round-export-links");
    expect(files.map((f) => f.format)).toEqual(["xlsx", "csv-nb", "csv", "csv-long", "json", "graphml", "gexf", "dl", "pajek"]);
    expect(new Set(files.map((f) => f.name)).size, `distinct names: ${files.map((f) => f.name).join(", ")}`).toBe(9);
    for (const f of files) expect(f.bytes, f.format).toBeGreaterThan(50);
    // The JSON export carries the level and threshold the meeting view showed: role level, roles as nodes.
    const json = JSON.parse(files.find((f) => f.format === "json")!.text) as { by?: string; threshold?: number };
    expect(JSON.stringify(json)).toContain('"HEGE"');
    expect(files.find((f) => f.format === "csv-nb")!.text).toContain(";");
  }, 120_000);

  // In the full suite (never alone, in many runs) a click on the case page's first link has now and then started no
  // download at all; the test is tried again from a fresh navigation, and still fails if no attempt downloads every file.
  it("downloads all rounds or one round from the case page", { retry: 2, timeout: 120_000 }, async () => {
    await page.goto(`${s.server.url}/#/cases/${caseId}`);
    await page.getByTestId("case-downloads").waitFor();
    const all = await downloadAll("case-export-links");
    expect(all.map((f) => f.format)).toEqual(["xlsx", "json"]);
    expect(all[0].name).not.toBe(all[1].name);
    expect(all[1].text).toContain("Høst 2026");
    await page.getByTestId("download-round").selectOption(autumn);
    const one = await downloadAll("case-round-export-links");
    expect(one).toHaveLength(9);
    expect(new Set(one.map((f) => f.name)).size).toBe(9);
  });

  it("imports a matrix file: the dry run previews the members and counts and writes nothing, then the import makes the round", async () => {
    await page.goto(`${s.server.url}/#/cases/${caseId}`);
    await page.getByRole("link", { name: "Importer en runde fra fil" }).click();
    await page.getByTestId("import-file").waitFor();
    const before = (await apiCall<{ rounds: unknown[] }>(page, "GET", `/api/cases/${caseId}`)).rounds.length;
    const csv = "rater\\rated;PPT;SKLær;HEGE\nPPT;;4,5;3\nSKLær;4;;2,5\nHEGE;3,5;4;\n";
    const file = resolve(SHOTS, "import-matrix.csv");
    writeFileSync(file, csv);
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-round").fill("Vinter 2027");
    await page.getByTestId("import-dry-run").click();
    await page.getByTestId("import-preview").waitFor();
    const facts = (await page.getByTestId("import-preview").locator("dl").innerText()).replace(/\s+/g, " ");
    expect(facts).toContain("Vinter 2027");
    expect(facts).toContain("Type fil Matrise");
    expect(facts).toContain("Nye medlemmer i saken 0");
    expect(facts).toContain("Snitt for par 6");
    expect(await page.getByTestId("import-mapping").locator("tbody tr").count()).toBe(3);
    expect((await apiCall<{ rounds: unknown[] }>(page, "GET", `/api/cases/${caseId}`)).rounds.length, "the dry run writes nothing").toBe(before);
    await expectAxeClean(page, "import-preview", axeLog);
    await shotsAt(page, "71-import-preview");
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("«Vinter 2027»");
    expect((await apiCall<{ rounds: unknown[] }>(page, "GET", `/api/cases/${caseId}`)).rounds.length).toBe(before + 1);
  });

  it("refuses a broken file with its problems by line and column, and stores nothing", async () => {
    await page.getByRole("button", { name: "Importer en fil til" }).click();
    const file = resolve(SHOTS, "import-broken.csv");
    writeFileSync(file, "rater\\rated;PPT;SKLær\nPPT;;9\nSKLær;4;\n");
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-dry-run").click();
    await page.getByTestId("import-problems").waitFor();
    expect(await page.getByTestId("import-problems").locator("tbody tr").first().innerText()).toMatch(/2\s+3/);
    await expectAxeClean(page, "import-refused", axeLog);
    await shotsAt(page, "72-import-refused");
  });

  it("refreshes the round status by itself, and prints cards again after the page was left (new links, drafts kept)", async () => {
    const { round } = await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${caseId}/rounds`, { name: "Vår 2027" });
    await page.goto(`${s.server.url}/#/rounds/${round.id}`);
    await page.getByRole("button", { name: "Åpne runden og lag lenker" }).click();
    await expect.poll(() => page.locator("code.url").count()).toBe(5);
    const first = await page.locator("code.url").allInnerTexts();
    expect(await page.getByTestId("links-once").innerText()).toContain("Skriv ut kort for alle (5)");
    // One member submits, one saves a draft; the status page shows it without a click (15 s poll).
    await answerSurvey(s.browser, first[0], 4);
    const draftToken = first[1].split("/s/")[1];
    const draft = await page.evaluate(async (token) => {
      const form = await (await fetch(`/api/s/${token}`)).json();
      const target = (form.targets as { id: string; role: string }[]).find((x) => x.role === "PPT")!.id;
      const item = form.instrument.items[0].id as string;
      const res = await fetch(`/api/s/${token}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ratings: [{ target, item, value: 3 }], submit: false }) });
      return { status: res.status, target, item };
    }, draftToken);
    expect(draft.status).toBe(200);
    await expect.poll(() => page.getByTestId("status-changes").innerText(), { timeout: 25_000 }).toBe("Nytt siden sist: PP-tjenesten: har svart, Lærer (kontaktlærer): har påbegynt.");
    expect(await page.getByTestId("status-auto").innerText()).toMatch(/^Oppdateres av seg selv hvert 15\. sekund.*kl\. \d\d[:.]\d\d\.$/);
    // Leave the page: the links are gone; printing again makes new links for the four who have not submitted.
    await page.goto(`${s.server.url}/#/cases/${caseId}`);
    await page.goto(`${s.server.url}/#/rounds/${round.id}`);
    await page.getByTestId("reprint").waitFor();
    expect(await page.locator("code.url").count()).toBe(0);
    expect(await page.getByTestId("reprint").innerText()).toContain("nye lenker for dem som ikke har levert ennå (4)");
    await expectAxeClean(page, "round-reprint", axeLog);
    await shotsAt(page, "73-round-reprint");
    page.once("dialog", (d) => d.accept());
    await page.getByTestId("reprint-cards").click();
    await expect.poll(() => page.locator("code.url").count()).toBe(4);
    const again = await page.locator("code.url").allInnerTexts();
    expect(again.some((u) => first.includes(u)), "every card has a new link").toBe(false);
    expect(await page.locator(".link-card").count()).toBe(4);
    expect(await page.getByTestId("links-once").innerText()).toContain("Skriv ut kort for alle (4)");
    const status = await page.evaluate(async ([oldToken, seat]) => {
      const old = await fetch(`/api/s/${oldToken}`);
      return { old: old.status, seat };
    }, [draftToken, ids[1]] as const);
    expect(status.old, "the old card's link stops working").toBe(404);
    // The draft saved under the old link is there under the new one.
    const newToken = again.find((u) => u.includes("/s/"))!;
    const kept = await page.evaluate(async (urls) => {
      for (const u of urls) {
        const form = await (await fetch(`/api/s/${u.split("/s/")[1]}`)).json();
        if (form.ratings?.length) return form.ratings;
      }
      return [];
    }, again);
    expect(newToken).toBeTruthy();
    expect(kept).toEqual([expect.objectContaining({ target: draft.target, item: draft.item, value: 3 })]);
    await shotsAt(page, "74-round-reprinted");
  });
});

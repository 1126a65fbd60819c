// Browser test of the meeting view made for a projector, with seed case 3: one WebGL renderer across 25 control changes,
// nodes that stay put (threshold, roles ↔ members), «Vis i grafen» marking and Esc, the keyboard/clicker walk-through
// (PageDown/PageUp, arrows, Home/End, Esc), the family's step, screenshots at four sizes and axe.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourCentroid, colourCounts, expectAxeClean, setRange, shot, SHOTS } from "./browser.ts";
import { answerSurvey, answerVoice, apiCall, openMeeting } from "./flows.ts";
import { endSession, startSession, type Session } from "./session.ts";

let s: Session;
let page: Page;

/** Counts the canvases that got a WebGL context since the page loaded (each one is a context Chrome has to keep). */
const COUNT_WEBGL = () => {
  const w = window as unknown as { __webglContexts: number };
  w.__webglContexts = 0;
  const seen = new WeakSet<HTMLCanvasElement>();
  const orig = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const ctx = (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
    if (ctx && /webgl/i.test(type) && !seen.has(this)) {
      seen.add(this);
      w.__webglContexts++;
    }
    return ctx;
  } as typeof orig;
};
const webglContexts = () => page.evaluate(() => (window as unknown as { __webglContexts: number }).__webglContexts);

const graph = () => page.getByTestId("graph");
const syncs = async () => Number(await graph().getAttribute("data-syncs"));
/** Runs `change` and waits until the graph has taken in the new analysis. */
async function changed(change: () => Promise<void>): Promise<void> {
  const before = await syncs();
  await change();
  await expect.poll(syncs, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(150);
}
const centroid = async (colour: string) => colourCentroid(page, await graph().screenshot(), colour);
const HEGE = "#CC79A7";
const step = () => page.getByTestId("step");

beforeAll(async () => {
  s = await startSession();
  page = s.page;
  await page.addInitScript(COUNT_WEBGL);
}, 120_000);

afterAll(() => endSession(s));

describe.sequential("meeting view for a projector (seed case 3)", () => {
  it("reuses one WebGL renderer across 25 control changes and keeps the nodes in place", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("about:blank"); // a new document, so the counting init script runs before the workspace
    await openMeeting(page, s.server.url, "Sak 3");
    await expect.poll(() => graph().getAttribute("data-rendered"), { timeout: 15_000 }).toBe("true");
    await page.waitForTimeout(300);
    const start = await webglContexts();
    expect(start, "sigma draws nodes and edges on WebGL canvases").toBeGreaterThan(0);
    const hege = await centroid(HEGE);
    expect(hege).not.toBeNull();
    const level = (name: string) => page.getByRole("radio", { name }).check();
    const size = (name: string) => page.getByRole("radio", { name }).check();
    const thresholds = [2, 2.5, 3, 4, 4.5, 3.5];
    for (let i = 0; i < 25; i++) {
      const kind = i % 3;
      if (kind === 0) await changed(() => setRange(page, "[data-testid=threshold]", thresholds[(i / 3) % thresholds.length]));
      else if (kind === 1) await changed(() => level(i % 2 ? "Medlemmer" : "Roller"));
      else await changed(() => size(Math.floor(i / 3) % 2 === 0 ? "Brobygger (betweenness)" : "Mottatt styrke"));
    }
    expect(await syncs()).toBeGreaterThanOrEqual(26);
    expect(await webglContexts(), "no new WebGL context after 25 control changes").toBe(start);
    // Back to roles, threshold 3,5, size by strength: HEGE is where it was; at member level too.
    await level("Roller");
    await setRange(page, "[data-testid=threshold]", 3.5);
    await size("Mottatt styrke");
    await page.waitForTimeout(600);
    const again = await centroid(HEGE);
    expect(Math.hypot(again!.x - hege!.x, again!.y - hege!.y), "HEGE after the changes").toBeLessThan(12);
    await changed(() => level("Medlemmer"));
    const asMember = await centroid(HEGE);
    expect(Math.hypot(asMember!.x - hege!.x, asMember!.y - hege!.y), "HEGE at member level").toBeLessThan(12);
    await changed(() => level("Roller"));
    expect(await webglContexts()).toBe(start);
  });

  it("marks the item «Vis i grafen» shows, writes its scores on the edges and resets with Esc", async () => {
    const first = page.getByTestId("weak-links").locator("li").first();
    await first.getByRole("button").click();
    await expect.poll(() => first.getAttribute("class")).toBe("active");
    expect(await first.getByRole("button").getAttribute("aria-pressed")).toBe("true");
    expect(await first.innerText()).toContain("Helsesykepleier → Psykolog / psykisk helse");
    await page.waitForTimeout(300);
    const png = await graph().screenshot({ path: resolve(SHOTS, "40-show-in-graph-1280.png") });
    const dimmed = (await colourCounts(page, png, ["#E2E2E2"]))["#E2E2E2"];
    expect(dimmed, "the rest of the graph is greyed out").toBeGreaterThan(500);
    await page.keyboard.press("Escape");
    await expect.poll(() => first.getAttribute("class")).toBeNull();
    expect(await first.getByRole("button").getAttribute("aria-pressed")).toBe("false");
    await page.waitForTimeout(300);
    const reset = (await colourCounts(page, await graph().screenshot(), ["#E2E2E2"]))["#E2E2E2"];
    expect(reset, "Esc gives the whole graph back").toBeLessThan(dimmed / 4);
  });

  it("shows one legend band per limit at threshold 4,0", async () => {
    await setRange(page, "[data-testid=threshold]", 4);
    await expect.poll(() => page.locator(".legend-bands").innerText()).toContain("≤ 4,0");
    const bands = await page.locator(".legend-bands li").allInnerTexts();
    expect(bands).toEqual(["Å styrke (≤ 4,0, stiplet)", "Sterk (> 4,0)"]);
    await setRange(page, "[data-testid=threshold]", 3.5);
    await expect.poll(() => page.locator(".legend-bands li").allInnerTexts()).toEqual([
      "Å styrke (≤ 3,5, stiplet)",
      "Middels (over 3,5 til og med 4,0)",
      "Sterk (> 4,0)",
    ]);
  });

  it("walks through the meeting with the keyboard: PageDown/PageUp, arrows, Home/End, Esc", async () => {
    await page.getByRole("button", { name: "Presentasjon" }).click();
    await expect.poll(() => page.locator("header.top").count()).toBe(0);
    await step().waitFor();
    expect(await page.locator(".controls").count(), "no switches while presenting").toBe(0);
    const vp = page.viewportSize()!;
    const g = (await graph().boundingBox())!;
    const legend = (await page.locator(".legend").boundingBox())!;
    expect(g.y + g.height, "the graph fits the screen").toBeLessThanOrEqual(vp.height);
    expect(g.height, "the graph fills most of the screen's height").toBeGreaterThan(vp.height * 0.6);
    expect(legend.y + legend.height, "the legend stays visible").toBeLessThanOrEqual(vp.height);
    expect(await step().getAttribute("data-kind")).toBe("overview");
    expect(await step().innerText()).toContain("1 av 11");
    await page.waitForTimeout(400);
    await shot(page, "41-present-overview-1280");

    await page.keyboard.press("PageDown");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("weak");
    expect(await page.evaluate(() => scrollY), "PageDown does not scroll the page").toBe(0);
    const pair = await page.getByTestId("step-pair").innerText();
    expect(pair).toMatch(/Helsesykepleier → Psykolog \/ psykisk helse\s+1,0/);
    expect(pair).toMatch(/Psykolog \/ psykisk helse → Helsesykepleier\s+ikke svart/);
    expect(await step().innerText()).toContain("Lenke å styrke 1 av 7");
    await page.waitForTimeout(400);
    await shot(page, "42-present-weak-1280");

    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => step().getAttribute("data-index")).toBe("3");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => step().getAttribute("data-index")).toBe("1");
    for (let i = 0; i < 7; i++) await page.keyboard.press("PageDown");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("asym");
    expect(await page.getByTestId("step-pair").innerText()).toMatch(/Helsesykepleier → Skole \/ spesialpedagogisk ressurs\s+1,8/);
    await page.waitForTimeout(400);
    await shot(page, "43-present-asym-1280");
    await page.keyboard.press("End");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("strengths");
    expect(await page.getByTestId("step-strengths").locator("li").count()).toBe(6);
    expect(await page.getByTestId("step-strengths").locator("li").first().innerText()).toMatch(/5,0$/);
    await page.keyboard.press("PageDown");
    expect(await step().getAttribute("data-index"), "the last step stays the last").toBe("10");
    await page.waitForTimeout(400);
    await shot(page, "44-present-strengths-1280");
    await expectAxeClean(page, "present-1280");
    await page.keyboard.press("Home");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("overview");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("Escape");
    await expect.poll(() => step().getAttribute("data-kind"), { message: "Esc goes back to the overview" }).toBe("overview");
    expect(await page.locator("header.top").count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("header.top").count(), { message: "Esc on the overview ends the presentation" }).toBe(1);
    expect(await page.locator(".controls").count()).toBe(1);
  });

  it("fits the projector at 1280×720, 1440×900 and 1920×1080, and the phone at 390×844", async () => {
    for (const [w, h] of [[1280, 720], [1440, 900], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByRole("button", { name: "Presentasjon" }).click();
      await step().waitFor();
      await page.keyboard.press("PageDown");
      await expect.poll(() => step().getAttribute("data-kind")).toBe("weak");
      await page.waitForTimeout(500);
      const g = (await graph().boundingBox())!;
      const legend = (await page.locator(".legend").boundingBox())!;
      expect(legend.y + legend.height, `legend at ${w}×${h}`).toBeLessThanOrEqual(h);
      expect(g.height, `graph height at ${w}×${h}`).toBeGreaterThan(h * 0.6);
      expect(await page.evaluate(() => document.documentElement.scrollHeight), `no scrolling at ${w}×${h}`).toBeLessThanOrEqual(h);
      await shot(page, `45-present-weak-${w}`);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("header.top").count()).toBe(1);
      await page.waitForTimeout(300);
      await shot(page, `46-meeting-${w}`);
      await expectAxeClean(page, `meeting-${w}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    await shot(page, "46-meeting-390");
    await expectAxeClean(page, "meeting-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scroll at 390").toBeLessThanOrEqual(390);
  });
});

describe.sequential("the family's step", () => {
  it("comes between the different experiences and the strengths when the round includes the family", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code: "Møte-Familie", district: "Heimdal", unit: "" });
    for (const role of ["KOORD", "SKLær", "PPT", "FORÆ"]) await apiCall(page, "POST", `/api/cases/${kase.id}/members`, { role, label: "" });
    const { round } = await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${kase.id}/rounds`, { name: "Høst", family: { include: true } });
    const { links } = await apiCall<{ links: { role: string; url: string; form: string }[] }>(page, "POST", `/api/rounds/${round.id}/open`);
    let v = 2;
    for (const l of links) {
      if (l.form === "family") await answerVoice(s.browser, l.url, 4);
      else await answerSurvey(s.browser, l.url, v++);
    }
    await apiCall(page, "POST", `/api/rounds/${round.id}/close`);
    await page.goto(`${s.server.url}/#/rounds/${round.id}/meeting?present=1`);
    await step().waitFor();
    await page.keyboard.press("End");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("strengths");
    await page.keyboard.press("PageUp");
    await expect.poll(() => step().getAttribute("data-kind")).toBe("family");
    expect(await step().innerText()).toContain("Familiens opplevelse");
    await expect.poll(() => step().getByTestId("family-band").innerText()).toContain("Svar fra familien: 1");
    await page.waitForTimeout(400);
    await shot(page, "47-present-family-1280");
    await expectAxeClean(page, "present-family-1280");
  });
});

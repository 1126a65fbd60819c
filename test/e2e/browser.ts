// Browser helpers for e2e tests: Debian Chromium with SwiftShader WebGL (test/browser.ts), axe-core, screenshots, pixel checks.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium, SWIFTSHADER } from "../browser.ts";
import { REPO } from "./server.ts";

export const SHOTS = resolve(REPO, "test-results/e2e");

/** Launches Chromium with software WebGL (sigma draws on a WebGL canvas) and makes sure the screenshot folder exists. */
export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return launchChromium(SWIFTSHADER);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA) and returns the serious and critical violations. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

export async function shot(page: Page, name: string): Promise<Buffer> {
  // A full-page screenshot of a 500-node WebGL graph can take seconds on a busy machine with software rendering.
  return page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true, timeout: 30_000 });
}

/** Per colour: how many pixels are close to it (each channel within 12) and the sums of their x and y. */
interface ColourStats {
  n: number;
  sx: number;
  sy: number;
}

/**
 * Reads a PNG screenshot in the page (decoded by its 2D canvas from an <img>, since reading a WebGL canvas back
 * gives nothing) and gathers ColourStats for each colour.
 */
async function colourStats(page: Page, png: Buffer, colours: string[]): Promise<ColourStats[]> {
  const dataUrl = `data:image/png;base64,${png.toString("base64")}`;
  return page.evaluate(
    async ({ dataUrl, colours }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const stats = colours.map(() => ({ n: 0, sx: 0, sy: 0 }));
      for (let p = 0; p < d.length; p += 4) {
        rgb.forEach(([r, g, b], k) => {
          if (Math.abs(d[p] - r) < 12 && Math.abs(d[p + 1] - g) < 12 && Math.abs(d[p + 2] - b) < 12) {
            const i = p / 4;
            stats[k].n++;
            stats[k].sx += i % c.width;
            stats[k].sy += Math.floor(i / c.width);
          }
        });
      }
      return stats;
    },
    { dataUrl, colours },
  );
}

/** Counts pixels close to each colour in a PNG screenshot. */
export async function colourCounts(page: Page, png: Buffer, colours: string[]): Promise<Record<string, number>> {
  const stats = await colourStats(page, png, colours);
  const counts: Record<string, number> = Object.fromEntries(colours.map((h) => [h, 0]));
  stats.forEach((s, k) => (counts[colours[k]] += s.n));
  return counts;
}

/** Centre (in screenshot pixels) of the pixels close to `colour`, or null when there are none (finds a node to drag). */
export async function colourCentroid(page: Page, png: Buffer, colour: string): Promise<{ x: number; y: number } | null> {
  const [s] = await colourStats(page, png, [colour]);
  return s.n ? { x: s.sx / s.n, y: s.sy / s.n } : null;
}

/** Sets a range input and fires the input event (Playwright cannot fill ranges). */
export async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.locator(selector).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

/** Expects no serious or critical axe violation on the page (listed in the failure message as `name: …`); `log` records the count per name. */
export async function expectAxeClean(page: Page, name: string, log?: Record<string, number>): Promise<void> {
  const serious = await axeSerious(page);
  if (log) log[name] = serious.length;
  expect(serious, `${name}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

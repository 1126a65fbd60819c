// Browser helpers for e2e tests: Debian Chromium via playwright-core (SwiftShader WebGL), axe-core, screenshots, pixel checks.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO } from "./server.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = resolve(REPO, "test-results/e2e");

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH.`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
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
  return page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Counts pixels close to each colour in a PNG screenshot (decoded by the page's 2D canvas from an <img>,
 * since reading a WebGL canvas back gives nothing).
 */
export async function colourCounts(page: Page, png: Buffer, colours: string[]): Promise<Record<string, number>> {
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
      const counts: Record<string, number> = Object.fromEntries(colours.map((h) => [h, 0]));
      for (let p = 0; p < d.length; p += 4) {
        rgb.forEach(([r, g, b], k) => {
          if (Math.abs(d[p] - r) < 12 && Math.abs(d[p + 1] - g) < 12 && Math.abs(d[p + 2] - b) < 12) counts[colours[k]]++;
        });
      }
      return counts;
    },
    { dataUrl, colours },
  );
}

/** Sets a range input and fires the input event (Playwright cannot fill ranges). */
export async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.locator(selector).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

/** Centre (in screenshot pixels) of the pixels close to `colour`, or null when there are none (finds a node to drag). */
export async function colourCentroid(page: Page, png: Buffer, colour: string): Promise<{ x: number; y: number } | null> {
  const dataUrl = `data:image/png;base64,${png.toString("base64")}`;
  return page.evaluate(
    async ({ dataUrl, colour }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let p = 0; p < d.length; p += 4) {
        if (Math.abs(d[p] - r) < 12 && Math.abs(d[p + 1] - g) < 12 && Math.abs(d[p + 2] - b) < 12) {
          const i = p / 4;
          sx += i % c.width;
          sy += Math.floor(i / c.width);
          n++;
        }
      }
      return n ? { x: sx / n, y: sy / n } : null;
    },
    { dataUrl, colour },
  );
}

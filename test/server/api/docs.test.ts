// The API reference page at /api/docs in Chromium: every documented operation listed, no CSP or script error, axe clean.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOnApp, type BrowserApp } from "../../browser.ts";
import { axeSerious } from "../../e2e/browser.ts";
import { REPO } from "../../e2e/server.ts";
import { makeApp } from "./helpers.ts";

/** axe-core's source, evaluated through the debugging protocol (the page's CSP rightly refuses an injected script tag). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = resolve(REPO, "test-results/docs");
let served: BrowserApp;
let operations: string[];

beforeAll(async () => {
  const t = makeApp();
  const doc = (await (await t.app.request("/api/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  served = await browserOnApp(t.app.fetch);
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => served?.close());

describe("GET /api/docs", () => {
  it("serves the page and its assets from this server, cacheable, under the same strict CSP", async () => {
    const page = await fetch(`${served.base}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]+<\/script>|https?:\/\//);
    for (const asset of ["/api/docs/swagger-ui.css", "/api/docs/laget.css", "/api/docs/swagger-ui-bundle.js", "/api/docs/init.js"]) {
      const res = await fetch(`${served.base}${asset}`);
      expect([asset, res.status, res.headers.get("cache-control")]).toEqual([asset, 200, "public, max-age=86400"]);
    }
  });

  for (const [width, height] of [[1280, 720], [1920, 1080], [390, 844]]) {
    it(`lists every operation of the document at ${width}×${height}, with no blocked resource or script error`, { timeout: 60_000 }, async () => {
      const ctx = await served.browser.newContext({ viewport: { width, height } });
      const page = await ctx.newPage();
      const problems: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      try {
        await page.goto(`${served.base}/api/docs`);
        await page.waitForSelector(".opblock", { timeout: 30_000 });
        const shown = await page.$$eval(".opblock-summary", (els) =>
          els.map((el) => `${el.querySelector(".opblock-summary-method")?.textContent?.trim()} ${el.querySelector(".opblock-summary-path")?.getAttribute("data-path")}`),
        );
        expect(shown.sort()).toEqual([...operations].sort());
        expect(problems).toEqual([]);
        await page.screenshot({ path: resolve(SHOTS, `api-docs-${width}x${height}.png`) });
        if (width === 1280) {
          await page.evaluate(AXE);
          expect(await axeSerious(page)).toEqual([]);
        }
      } finally {
        await ctx.close();
      }
    });
  }
});

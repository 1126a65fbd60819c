// Shared browser-test helpers: Debian's Chromium via playwright-core (clear failure when missing), an app on a free port, a phone page.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags every run uses: headless, no sandbox (containers), no background traffic. */
const BASE_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** No GPU at all: enough for server-rendered pages. */
export const NO_GPU = ["--disable-gpu"];
/** Software WebGL, for pages that draw on a WebGL canvas. */
export const SWIFTSHADER = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

/** Throws a message saying how to install Chromium when it is not at CHROMIUM. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (Debian/Ubuntu, as root) or set CHROMIUM_PATH.`);
  }
  return CHROMIUM;
}

/** Launches Chromium with the base flags plus `gpuArgs` (NO_GPU or SWIFTSHADER). */
export function launchChromium(gpuArgs: string[] = NO_GPU): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: [...BASE_ARGS, ...gpuArgs] });
}

/** A server listening on 127.0.0.1; `base` is its address (http://127.0.0.1:<port>). */
export interface Served {
  base: string;
  close: () => Promise<void>;
}

/** Serves a fetch handler (e.g. createApp(deps).fetch) at a free port. */
export async function serveOnFreePort(fetch: Parameters<typeof serve>[0]["fetch"]): Promise<Served> {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A phone-sized (390×844) touch page in Norwegian with JavaScript off and a 5 s default timeout. */
export async function phonePage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nb-NO", javaScriptEnabled: false, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  ctx.setDefaultTimeout(5_000);
  return ctx.newPage();
}

/** Chromium (NO_GPU) and an app served at `base`, closed together. */
export interface BrowserApp extends Served {
  browser: Browser;
  /** A new phone page (see phonePage). */
  phonePage(): Promise<Page>;
}

/** Launches Chromium (failing clearly when it is missing), then serves `fetch` at a free port. */
export async function browserOnApp(fetch: Parameters<typeof serve>[0]["fetch"]): Promise<BrowserApp> {
  const browser = await launchChromium();
  try {
    const served = await serveOnFreePort(fetch);
    return {
      browser,
      base: served.base,
      phonePage: () => phonePage(browser),
      close: async () => {
        await browser.close();
        await served.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

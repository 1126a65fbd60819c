// One e2e session per test file: the built workspace, the real server, SwiftShader Chromium and a desktop page (logged in by default).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch } from "./browser.ts";
import { login } from "./flows.ts";
import { REPO, startServer } from "./server.ts";
import type { AppDeps } from "../../server/deps.ts";

export type Server = Awaited<ReturnType<typeof startServer>>;

export interface Session {
  server: Server;
  browser: Browser;
  page: Page;
}

/** A 1920×1080 page in a new context with a 10 s default timeout; CSP is bypassed (for the injected axe) unless `bypassCSP` is false. */
export async function desktopPage(browser: Browser, bypassCSP = true): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/**
 * Builds dist/client when it is missing, starts the server (with `mailer`: mail delivery on), launches Chromium and
 * opens a desktop page, logged in as the admin unless `logIn` is false.
 */
export async function startSession({ logIn = true, mailer }: { logIn?: boolean; mailer?: AppDeps["mailer"] } = {}): Promise<Session> {
  if (!existsSync(resolve(REPO, "dist/client/index.html"))) {
    const { build } = await import("vite");
    await build({ configFile: resolve(REPO, "vite.config.ts"), logLevel: "warn" });
  }
  const server = await startServer({ mailer });
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const page = await desktopPage(browser);
    if (logIn) await login(page, server.url);
    return { server, browser, page };
  } catch (err) {
    await endSession({ server, browser });
    throw err;
  }
}

/** Closes what startSession opened; either part may be missing when the setup failed. */
export async function endSession({ server, browser }: Partial<Session>): Promise<void> {
  await browser?.close();
  await server?.close();
}

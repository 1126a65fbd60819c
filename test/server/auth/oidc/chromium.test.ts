// Single sign-on in Chromium with the built workspace: the login page's button, login at the provider, logout there, a refusal page; axe and screenshots.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../../server/app.ts";
import { readSsoSettings } from "../../../../server/auth/oidc/index.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../../../server/deps.ts";
import { createMemoryStore } from "../../../../server/store/memory.ts";
import { launchChromium, serveOnFreePort, type Served } from "../../../browser.ts";
import { expectAxeClean, shot } from "../../../e2e/browser.ts";
import { REPO } from "../../../e2e/server.ts";
import { GROUPS, ROLE_MAP } from "./harness.ts";
import { CLIENT, startProvider, type TestProvider } from "./provider.ts";

const SIZES = [
  [1280, 720],
  [1920, 1080],
  [390, 844],
] as const;

let served: Served;
let op: TestProvider;
let browser: Browser;
let page: Page;
let app: ReturnType<typeof createApp> | undefined;
const store = createMemoryStore();

/** (Re)builds Laget with password login on or off, on the same address and store. */
function build(localLogin: boolean): AppDeps {
  const sso = readSsoSettings(
    {
      OIDC_ISSUER: op.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_SCOPES: "openid email profile groups",
      OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP),
      OIDC_NAME: "Testleverandør",
      LOCAL_LOGIN: localLogin ? "1" : "0",
    },
    served.base,
    () => "",
  );
  const deps: AppDeps = { store, config: { ...DEFAULT_CONFIG, clientDir: resolve(REPO, "dist/client"), baseUrl: served.base, ...sso }, now: () => new Date() };
  app = createApp(deps);
  return deps;
}

/** Axe at the default size, then a full-page screenshot at each size. */
async function checkPage(name: string): Promise<void> {
  await expectAxeClean(page, name);
  for (const [w, hgt] of SIZES) {
    await page.setViewportSize({ width: w, height: hgt });
    await shot(page, `sso-${name}-${w}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

beforeAll(async () => {
  if (!existsSync(resolve(REPO, "dist/client/index.html"))) throw new Error("dist/client is missing: run `npx vite build` first.");
  served = await serveOnFreePort((req, env) => app!.fetch(req, env));
  op = await startProvider({ redirectUri: `${served.base}/api/auth/oidc/callback`, postLogoutRedirectUri: `${served.base}/` });
  op.accounts.set("kari", { sub: "kari", email: "kari@heimdal.kommune.test", name: "Kari Nordmann", groups: [GROUPS.heimdal] });
  op.accounts.set("nils", { sub: "nils", email: "nils@kommune.test", name: "Nils", groups: ["not-mapped"] });
  browser = await launchChromium();
  // CSP is bypassed only so that axe can be injected.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "nb-NO", bypassCSP: true });
  ctx.setDefaultTimeout(10_000);
  page = await ctx.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await op?.close();
  await served?.close();
  await store.close();
});

describe.sequential("single sign-on in the browser", () => {
  it("login page with password login on: the provider's button above the e-mail form", async () => {
    build(true);
    await page.goto(`${served.base}/`);
    await page.locator(".sso-button").waitFor();
    expect(await page.locator(".sso-button").innerText()).toBe("Logg inn med Testleverandør");
    expect(await page.locator(".sso-or").innerText()).toBe("eller med e-post og passord");
    // A first visit is not an expired session.
    expect(await page.locator(".login .notice").count()).toBe(0);
    await page.locator("#login-email").waitFor();
    await checkPage("login-both");
  });

  it("login page with LOCAL_LOGIN=0: only the button", async () => {
    build(false);
    await page.goto(`${served.base}/`);
    await page.locator(".sso-button").waitFor();
    expect(await page.locator("#login-email").count()).toBe(0);
    expect(await page.locator(".login").innerText()).toContain("Du logger inn med brukeren din fra kommunen.");
    await checkPage("login-sso-only");
  });

  it("logs in at the provider and lands in the workspace as the mapped facilitator", async () => {
    await page.locator(".sso-button").click();
    await page.locator("#sub").fill("kari");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.locator(".who").innerText()).toContain("Kari Nordmann");
    expect(new URL(page.url()).origin).toBe(served.base);
    const cookies = await page.context().cookies(served.base);
    expect(cookies.find((c) => c.name === "laget_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookies.find((c) => c.name === "laget_oidc")).toBeUndefined();
  });

  it("logs out of Laget and of the provider, and comes back to the login page", async () => {
    await page.getByRole("button", { name: "Logg ut" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.locator(".sso-button").waitFor();
    expect(new URL(page.url()).href).toBe(`${served.base}/`);
    expect((await page.context().cookies(served.base)).find((c) => c.name === "laget_session")).toBeUndefined();
  });

  it("an unmapped user gets the refusal page, in bokmål and in English", async () => {
    await page.locator(".sso-button").click();
    await page.locator("#sub").fill("nils");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Du har ikke tilgang til Laget" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Be IT-avdelingen i kommunen om tilgang til Laget");
    await checkPage("refused-no-role");
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { name: "You have no access to Laget" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "sso-refused-no-role-en-390");
    await page.getByRole("link", { name: "Back to sign-in" }).click();
    await page.locator(".sso-button").waitFor();
  });

  it("a login that could not be verified offers to start again", async () => {
    await page.goto(`${served.base}/api/auth/oidc/refused/login_expired?lang=nb`);
    await page.getByRole("heading", { name: "Innloggingen ble ikke fullført" }).waitFor();
    await checkPage("refused-login-expired");
    // A new login: Nils is still signed in at the provider, so it passes straight through to his refusal.
    await page.getByRole("link", { name: "Prøv igjen" }).click();
    await page.getByRole("heading", { name: "Du har ikke tilgang til Laget" }).waitFor();
  });
});

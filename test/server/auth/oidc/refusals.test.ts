// Refused single sign-on logins against the real provider: unmapped, disabled, tampered, expired, replayed, wrong nonce.
import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TestBrowser, Hop } from "./browser.ts";
import { callbackHop, GROUPS, loginAs, openProviderForm, ORIGIN, startSso, submitProviderForm, type SsoHarness } from "./harness.ts";

let h: SsoHarness;
beforeAll(async () => {
  h = await startSso();
  h.op.accounts.set("kari", { sub: "kari", email: "kari@heimdal.kommune.test", name: "Kari", groups: [GROUPS.heimdal] });
  h.op.accounts.set("nils", { sub: "nils", email: "nils@kommune.test", name: "Nils", groups: ["some-other-group"] });
  h.op.accounts.set("mallory", { sub: "mallory", email: "mallory@kommune.test", name: "Mallory", groups: [GROUPS.eval] });
});
afterEach(() => {
  h.op.tamper = undefined;
});
afterAll(() => h.close());

/** The login was refused for `reason`: the callback sent the browser to the refusal page, and no session exists. */
async function expectRefused(b: TestBrowser, hops: Hop[], reason: string, status: number): Promise<string> {
  const callback = callbackHop(hops)!;
  expect(callback.status).toBe(303);
  expect(callback.location).toBe(`/api/auth/oidc/refused/${reason}`);
  expect(callback.setCookies.some((c) => c.startsWith("laget_session="))).toBe(false);
  expect(b.cookie(ORIGIN, "laget_session")).toBeUndefined();
  const page = hops.at(-1)!;
  expect(page.url).toBe(`${ORIGIN}/api/auth/oidc/refused/${reason}`);
  expect(page.status).toBe(status);
  expect(page.body).toContain(`data-reason="${reason}"`);
  return page.body;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const parts = (jwt: string) => {
  const [header, payload, signature] = jwt.split(".");
  return { header: JSON.parse(Buffer.from(header, "base64url").toString()), payload: JSON.parse(Buffer.from(payload, "base64url").toString()), signature };
};

describe("claims that map to no role", () => {
  it("are refused with a page that says to ask the IT department (nb, nn, en); no user and no session are created", async () => {
    const before = (await h.deps.store.listUsers()).length;
    const b = h.browser();
    const body = await expectRefused(b, await loginAs(b, "nils"), "no_role", 403);
    expect(body).toContain('<html lang="nb">');
    expect(body).toContain("Du har ikke tilgang til Laget");
    expect(body).toContain("Be IT-avdelingen i kommunen om tilgang til Laget");
    expect(body).toContain("Testleverandør");
    expect((await h.deps.store.listUsers()).length).toBe(before);
    expect(await h.deps.store.getUserByEmail("nils@kommune.test")).toBeUndefined();

    const nn = await b.request(`${ORIGIN}/api/auth/oidc/refused/no_role?lang=nn`);
    expect(nn.status).toBe(403);
    expect(await nn.text()).toContain("Be IT-avdelinga i kommunen om tilgang til Laget");
    const en = await h.app.request("/api/auth/oidc/refused/no_role", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(await en.text()).toContain("Ask your municipality&#39;s IT department for access to Laget");
    expect((await h.app.request("/api/auth/oidc/refused/anything_else")).status).toBe(404);
  });
});

describe("a disabled user", () => {
  it("is refused even though the provider still maps them to a role", async () => {
    await loginAs(h.browser(), "mallory");
    const user = (await h.deps.store.getUserByEmail("mallory@kommune.test"))!;
    await h.deps.store.putUser({ ...user, disabled: true });
    const b = h.browser();
    const body = await expectRefused(b, await loginAs(b, "mallory"), "disabled", 403);
    expect(body).toContain("Brukeren din er deaktivert");
    expect((await h.deps.store.getUser(user.id))?.disabled).toBe(true);
  });
});

describe("the ID token", () => {
  it("is refused when its claims were changed on the way (signature no longer matches)", async () => {
    // Nils (no role) tries to become an admin by rewriting his groups and e-mail in the token.
    h.op.tamper = (jwt) => {
      const { header, payload, signature } = parts(jwt);
      return `${b64(header)}.${b64({ ...payload, groups: [GROUPS.admins], email: "boss@kommune.test" })}.${signature}`;
    };
    const b = h.browser();
    await expectRefused(b, await loginAs(b, "nils"), "id_token_invalid", 401);
    expect(await h.deps.store.getUserByEmail("boss@kommune.test")).toBeUndefined();
  });

  it("is refused when signed by another key under the provider's key id", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    h.op.tamper = (jwt) => {
      const { header, payload } = parts(jwt);
      const data = `${b64(header)}.${b64({ ...payload, groups: [GROUPS.admins] })}`;
      return `${data}.${sign("sha256", Buffer.from(data), createPrivateKey(privateKey.export({ format: "pem", type: "pkcs8" }))).toString("base64url")}`;
    };
    const b = h.browser();
    await expectRefused(b, await loginAs(b, "nils"), "id_token_invalid", 401);
  });

  it('is refused unsigned ("alg": "none")', async () => {
    h.op.tamper = (jwt) => `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...parts(jwt).payload, groups: [GROUPS.admins] })}.`;
    const b = h.browser();
    await expectRefused(b, await loginAs(b, "nils"), "id_token_invalid", 401);
  });

  it("with a nonce other than the one this login sent is refused", async () => {
    const b = h.browser();
    const start = await b.request(`${ORIGIN}/api/auth/oidc/login`);
    const auth = new URL(start.headers.get("location")!);
    // The authorization request is altered on its way to the provider: the ID token carries the altered nonce.
    auth.searchParams.set("nonce", "attacker-chosen-nonce-0123456789");
    const form = (await b.follow(auth.href)).at(-1)!;
    const hops = await submitProviderForm(b, form.url, "kari");
    const issued = parts(h.op.issued.at(-1)!).payload as { nonce: string };
    expect(issued.nonce).toBe("attacker-chosen-nonce-0123456789");
    await expectRefused(b, hops, "nonce_mismatch", 401);
  });
});

describe("an expired ID token", () => {
  let short: SsoHarness;
  beforeAll(async () => {
    short = await startSso({ idTokenTtl: 60 });
    short.op.accounts.set("kari", { sub: "kari", email: "kari@heimdal.kommune.test", name: "Kari", groups: [GROUPS.heimdal] });
  });
  afterAll(() => short.close());

  it("is accepted within its 60 s life and refused once Laget's clock is past it (with the 30 s tolerance)", async () => {
    const ok = short.browser();
    expect(callbackHop(await loginAs(ok, "kari"))!.location).toBe("/");

    const b = short.browser();
    const { formUrl } = await openProviderForm(b);
    short.advance(95_000);
    const hops = await submitProviderForm(b, formUrl, "kari");
    const token = parts(short.op.issued.at(-1)!).payload as { iat: number; exp: number };
    expect(token.exp - token.iat).toBe(60);
    await expectRefused(b, hops, "id_token_expired", 401);
  });
});

describe("state", () => {
  it("a callback replayed with the same cookie and URL is refused: the login in progress was used up", async () => {
    const b = h.browser();
    const { formUrl } = await openProviderForm(b);
    const handle = b.cookie(ORIGIN, "laget_oidc")!;
    const hops = await submitProviderForm(b, formUrl, "kari");
    const callback = callbackHop(hops)!;
    expect(callback.location).toBe("/");

    const attacker = h.browser();
    attacker.setCookie(ORIGIN, "laget_oidc", handle, "/api/auth/oidc");
    const replay = await attacker.follow(callback.url);
    await expectRefused(attacker, replay, "login_expired", 400);
  });

  it("a callback from another browser's login is refused (login CSRF): its state is not this browser's", async () => {
    const victim = h.browser();
    await openProviderForm(victim);
    // The attacker logs in as himself and stops before his own callback, then hands that address to the victim.
    const attacker = h.browser();
    const { formUrl } = await openProviderForm(attacker);
    const hops = await submitProviderForm(attacker, formUrl, "mallory", (u) => u.pathname === "/api/auth/oidc/callback");
    const planted = hops.at(-1)!.url;
    await expectRefused(victim, await victim.follow(planted), "state_mismatch", 400);
    // No cookie at all (e.g. a link opened elsewhere): nothing to finish.
    const stranger = h.browser();
    await expectRefused(stranger, await stranger.follow(planted), "login_expired", 400);
  });

  it("a refusal at the provider (unknown user there) ends as a clear page, not an error", async () => {
    const b = h.browser();
    const { formUrl } = await openProviderForm(b);
    await expectRefused(b, await submitProviderForm(b, formUrl, "nobody-at-the-provider"), "provider_error", 401);
  });
});

describe("a provider that cannot be reached", () => {
  it("gives the 'does not answer' page without starting a login, tries discovery again next time, and limits starts per address", async () => {
    const { createServer } = await import("node:net");
    // A port that was free a moment ago: nothing listens there yet.
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, "127.0.0.1", ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    const { createApp } = await import("../../../../server/app.ts");
    const { readSsoSettings } = await import("../../../../server/auth/oidc/index.ts");
    const { DEFAULT_CONFIG } = await import("../../../../server/deps.ts");
    const { createMemoryStore } = await import("../../../../server/store/memory.ts");
    const { startProvider, CLIENT } = await import("./provider.ts");
    const env = { OIDC_ISSUER: `http://127.0.0.1:${port}`, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, OIDC_ROLE_MAP: '{"groups":{"g":{"role":"admin"}}}' };
    const app = createApp({ store: createMemoryStore(), config: { ...DEFAULT_CONFIG, baseUrl: ORIGIN, ...readSsoSettings(env, ORIGIN, () => "") }, now: () => new Date() });
    for (let i = 0; i < 2; i++) {
      const res = await app.request("/api/auth/oidc/login");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/api/auth/oidc/refused/provider_unavailable");
      expect(res.headers.getSetCookie().some((c) => c.startsWith("laget_oidc="))).toBe(false);
    }
    const page = await app.request("/api/auth/oidc/refused/provider_unavailable");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("Laget får ikke kontakt med SSO akkurat nå");

    const late = await startProvider({ redirectUri: `${ORIGIN}/api/auth/oidc/callback`, postLogoutRedirectUri: `${ORIGIN}/`, port });
    try {
      for (let i = 2; i < 30; i++) expect((await app.request("/api/auth/oidc/login")).status).toBe(302);
      expect((await app.request("/api/auth/oidc/login")).status).toBe(429);
    } finally {
      await late.close();
    }
  });
});

// Single sign-on against a real OpenID provider: log in (PKCE, state, nonce), roles from the map at every login, log out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../../server/app.ts";
import { SsoInfo, SsoLogout } from "../../../../server/routes/openapi/outside.ts";
import { hashToken } from "../../../../server/security/tokens.ts";
import type { TestBrowser } from "./browser.ts";
import { atWorkspace, callbackHop, GROUPS, loginAs, openProviderForm, ORIGIN, startSso, submitProviderForm, type SsoHarness } from "./harness.ts";

let h: SsoHarness;
beforeAll(async () => {
  h = await startSso({ env: { LOCAL_LOGIN: "0" } });
  h.op.accounts.set("kari", { sub: "kari", email: "Kari.Nordmann@heimdal.kommune.test", name: "Kari Nordmann", groups: [GROUPS.heimdal, "unrelated-group"] });
  h.op.accounts.set("ola", { sub: "ola", email: "ola@trondheim.kommune.test", given_name: "Ola", family_name: "Hansen", groups: [GROUPS.admins, GROUPS.heimdal] });
});
afterAll(() => h.close());

/** The session of a logged-in test browser: /api/auth/me's answer. */
async function me(b: TestBrowser) {
  const res = await b.request(`${ORIGIN}/api/auth/me`);
  return { status: res.status, body: (await res.json()) as { user: { email: string; name: string; role: string; districts: string[] }; csrfToken: string } };
}

describe("login", () => {
  it("sends the browser to the provider with PKCE (S256), state and nonce, and keeps the secrets server-side", async () => {
    const b = h.browser();
    const res = await b.request(`${ORIGIN}/api/auth/oidc/login`);
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get("location")!);
    expect(url.origin).toBe(h.op.issuer);
    const p = url.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe("laget-test");
    expect(p.get("redirect_uri")).toBe(`${ORIGIN}/api/auth/oidc/callback`);
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get("state")!.length).toBeGreaterThanOrEqual(22);
    expect(p.get("nonce")!.length).toBeGreaterThanOrEqual(22);
    expect(p.get("scope")!.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile", "groups"]));
    // The browser holds the login only sealed, HttpOnly, SameSite=Lax, sent to the SSO routes only, for 10 minutes.
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("laget_oidc="))!;
    expect(cookie).toMatch(/^laget_oidc=[A-Za-z0-9_-]{100,}; Max-Age=600; Path=\/api\/auth\/oidc; HttpOnly; SameSite=Lax$/);
    const sealed = Buffer.from(b.cookie(ORIGIN, "laget_oidc")!, "base64url").toString("latin1");
    for (const secret of [p.get("state")!, p.get("nonce")!]) expect(sealed).not.toContain(secret);
  });

  it("logs in through the provider: the user is created from the claims with the mapped role, and gets a normal session", async () => {
    const b = h.browser();
    const hops = await loginAs(b, "kari");
    const callback = callbackHop(hops)!;
    expect(callback.status).toBe(303);
    expect(callback.location).toBe("/");
    const session = callback.setCookies.find((c) => c.startsWith("laget_session="))!;
    expect(session).toMatch(/^laget_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(callback.setCookies.some((c) => /^laget_oidc=; Max-Age=0; Path=\/api\/auth\/oidc/.test(c))).toBe(true);
    expect(b.cookie(ORIGIN, "laget_oidc")).toBeUndefined();

    const { status, body } = await me(b);
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ email: "kari.nordmann@heimdal.kommune.test", name: "Kari Nordmann", role: "facilitator", districts: ["Heimdal"] });
    const stored = await h.deps.store.getUserByEmail("kari.nordmann@heimdal.kommune.test");
    expect(stored?.sso).toEqual({ issuer: h.op.issuer, subject: "kari" });
    expect(stored?.passwordHash).toBe("");
  });

  it("the session works like a password session: CSRF on writes, district rules from the mapped districts", async () => {
    const b = h.browser();
    await loginAs(b, "kari");
    const { body } = await me(b);
    const heimdal = { code: "Sak SSO 1", district: "Heimdal" };
    expect((await b.request(`${ORIGIN}/api/cases`, { json: heimdal })).status).toBe(403);
    const ok = await b.request(`${ORIGIN}/api/cases`, { json: heimdal, headers: { "x-csrf-token": body.csrfToken } });
    expect(ok.status).toBe(201);
    const other = await b.request(`${ORIGIN}/api/cases`, { json: { code: "Sak SSO 2", district: "Lerkendal" }, headers: { "x-csrf-token": body.csrfToken } });
    expect(other.status).toBe(403);
  });

  it("several matching groups: the highest role wins; the name comes from given and family name", async () => {
    const b = h.browser();
    await loginAs(b, "ola");
    expect((await me(b)).body.user).toMatchObject({ name: "Ola Hansen", role: "admin", districts: [] });
  });

  it("role and districts follow the provider at every login; the same user is found again by issuer and subject", async () => {
    h.op.accounts.set("siri", { sub: "siri", email: "siri@kommune.test", name: "Siri", groups: [GROUPS.heimdal] });
    await loginAs(h.browser(), "siri");
    const first = await h.deps.store.getUserByEmail("siri@kommune.test");
    expect(first).toMatchObject({ role: "facilitator", districts: ["Heimdal"] });
    h.op.accounts.set("siri", { sub: "siri", email: "siri.ny@kommune.test", name: "Siri Ny", groups: [GROUPS.eval] });
    const b = h.browser();
    await loginAs(b, "siri");
    expect((await me(b)).body.user).toMatchObject({ email: "siri.ny@kommune.test", name: "Siri Ny", role: "evaluator", districts: ["Lerkendal"] });
    const users = (await h.deps.store.listUsers()).filter((u) => u.sso?.subject === "siri");
    expect(users.map((u) => u.id)).toEqual([first!.id]);
  });

  it("returns to a same-site path given at the start, and never to another site", async () => {
    for (const [given, expected] of [
      ["/%23/admin/users", "/%23/admin/users"],
      ["https://evil.example/", "/"],
      ["//evil.example/x", "/"],
      ["/\\evil.example", "/"],
    ]) {
      const b = h.browser();
      const start = await b.follow(`${ORIGIN}/api/auth/oidc/login?returnTo=${encodeURIComponent(given)}`);
      const hops = await submitProviderForm(b, start.at(-1)!.url, "kari");
      expect([given, callbackHop(hops)!.location]).toEqual([given, expected]);
    }
  });

  it("GET /api/auth/oidc tells the login page about single sign-on; password login answers 403 when LOCAL_LOGIN=0", async () => {
    const info = await h.app.request("/api/auth/oidc");
    const infoBody = await info.json();
    expect(infoBody).toEqual({ enabled: true, name: "Testleverandør", loginUrl: "/api/auth/oidc/login", localLogin: false });
    expect(SsoInfo.strict().parse(infoBody)).toEqual(infoBody); // as the OpenAPI document declares it
    const res = await h.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "kari.nordmann@heimdal.kommune.test", password: "whatever password" }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("local_login_disabled");
  });
});

describe("logout", () => {
  it("ends the Laget session and sends the browser to the provider's end_session_endpoint with id_token_hint", async () => {
    const b = h.browser();
    await loginAs(b, "kari");
    const { body } = await me(b);
    expect((await b.request(`${ORIGIN}/api/auth/oidc/logout`, { method: "POST" })).status).toBe(403);
    const res = await b.request(`${ORIGIN}/api/auth/oidc/logout`, { method: "POST", headers: { "x-csrf-token": body.csrfToken } });
    expect(res.status).toBe(200);
    const logoutBody = await res.json();
    expect(SsoLogout.strict().parse(logoutBody)).toEqual(logoutBody); // as the OpenAPI document declares it
    const { redirectTo } = logoutBody as { redirectTo: string };
    expect(b.cookie(ORIGIN, "laget_session")).toBeUndefined();
    expect((await b.request(`${ORIGIN}/api/auth/me`)).status).toBe(401);

    const end = new URL(redirectTo);
    expect(`${end.origin}${end.pathname}`).toBe(`${h.op.issuer}/session/end`);
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${ORIGIN}/`);
    // The hint is the ID token the provider issued for this login.
    expect(h.op.issued).toContain(end.searchParams.get("id_token_hint"));

    // The provider accepts the hint, asks for confirmation, ends its session and sends the browser back to Laget.
    const page = (await b.follow(redirectTo)).at(-1)!;
    expect(page.status).toBe(200);
    const action = /action="([^"]+)"/.exec(page.body)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.body)![1];
    const back = await b.follow(new URL(action, h.op.issuer).href, { method: "POST", form: { xsrf, logout: "yes" } }, atWorkspace);
    expect(back.at(-1)!.url).toBe(`${ORIGIN}/`);
    // Logged out at the provider too: a new login asks for the user again instead of passing straight through.
    const again = await openProviderForm(b);
    expect(again.formUrl).toContain("/interaction/");
  });

  it("without logging out at the provider, the next login passes straight through and replaces the browser's session", async () => {
    const b = h.browser();
    await loginAs(b, "kari");
    const first = b.cookie(ORIGIN, "laget_session")!;
    const hops = await b.follow(`${ORIGIN}/api/auth/oidc/login`, {}, atWorkspace);
    expect(hops.some((x) => x.url.includes("/interaction/"))).toBe(false);
    expect(callbackHop(hops)?.status).toBe(303);
    expect(b.cookie(ORIGIN, "laget_session")).not.toBe(first);
    expect(await h.deps.store.getSession(hashToken(first))).toBeUndefined();
  });

  it("after a restart (the ID token was only in memory) the logout names the client instead of sending a hint", async () => {
    const b = h.browser();
    await loginAs(b, "kari");
    const { body } = await me(b);
    const restarted = createApp(h.deps);
    const res = await restarted.request("/api/auth/oidc/logout", {
      method: "POST",
      headers: { cookie: `laget_session=${b.cookie(ORIGIN, "laget_session")}`, "x-csrf-token": body.csrfToken },
    });
    const end = new URL(((await res.json()) as { redirectTo: string }).redirectTo);
    expect(end.searchParams.get("id_token_hint")).toBeNull();
    expect(end.searchParams.get("client_id")).toBe("laget-test");
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${ORIGIN}/`);
    // The provider accepts that too and asks the user to confirm.
    expect((await b.follow(end.href)).at(-1)!.body).toContain('name="xsrf"');
  });

  it("a password session logs out without being sent to the provider", async () => {
    const { createUser } = await import("../../../../server/services/users/index.ts");
    await createUser(h.deps, { email: "lokal@laget.test", name: "Lokal", role: "admin", password: "korrekt hest batteri" });
    // Password login is off in this app; a session made directly stands in for one made before it was switched off.
    const { createSession } = await import("../../../../server/auth/index.ts");
    const user = await h.deps.store.getUserByEmail("lokal@laget.test");
    const { cookieValue, session } = await createSession(h.deps, user!.id);
    const b = h.browser();
    b.setCookie(ORIGIN, "laget_session", cookieValue);
    const res = await b.request(`${ORIGIN}/api/auth/oidc/logout`, { method: "POST", headers: { "x-csrf-token": session.csrf } });
    expect(await res.json()).toEqual({ ok: true, redirectTo: null });
    expect(await h.deps.store.getSession(session.idHash)).toBeUndefined();
  });
});

describe("logins in progress", () => {
  it("a login left at the provider does not keep its cookie's entry past ten minutes", async () => {
    const b = h.browser();
    const { formUrl } = await openProviderForm(b);
    h.advance(10 * 60 * 1000 + 1);
    const hops = await submitProviderForm(b, formUrl, "kari");
    expect(callbackHop(hops)!.location).toBe("/api/auth/oidc/refused/login_expired");
  });
});

// Auth over HTTP: 401 without credentials, login/logout, session expiry, bearer tokens, CSRF, roles, login rate limit.
import { beforeEach, describe, expect, it } from "vitest";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "../api/helpers.ts";
import { generateToken, hashToken } from "../../../server/security/tokens.ts";
import { ensureFirstAdmin, hashPassword, verifyPassword } from "../../../server/auth/index.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";

let t: TestApp;
let fasi: Browser;

beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp({ loginLimit: { windowMs: 60_000, max: 3 } }));
});

describe("passwords", () => {
  it("scrypt$N$r$p$salt$hash with a random salt", async () => {
    const [a, b] = await Promise.all([hashPassword("x".repeat(12)), hashPassword("x".repeat(12))]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("x".repeat(12), a)).toBe(true);
    expect(await verifyPassword("y".repeat(12), a)).toBe(false);
    expect(await verifyPassword("x", "garbage")).toBe(false);
  });
});

describe("first admin", () => {
  it("is created from ADMIN_EMAIL / ADMIN_PASSWORD only when there are no users", async () => {
    const store = createMemoryStore();
    const ctx = { store, now: () => new Date() };
    expect(await ensureFirstAdmin(ctx, {})).toBeUndefined();
    const admin = await ensureFirstAdmin(ctx, { email: "Boss@Laget.test", password: "long enough pw" });
    expect(admin).toMatchObject({ email: "boss@laget.test", role: "admin" });
    expect(await ensureFirstAdmin(ctx, { email: "other@laget.test", password: "long enough pw" })).toBeUndefined();
    expect(await store.listUsers()).toHaveLength(1);
  });
});

describe("sessions", () => {
  it("protected routes answer 401 JSON without credentials or with a bad cookie", async () => {
    for (const path of ["/api/cases", "/api/roles", "/api/instruments", "/api/users", "/api/rounds/x/status", "/api/auth/me"]) {
      const res = await t.call("GET", path);
      expect([path, res.status]).toEqual([path, 401]);
      expect(((await json(res)).error as { code: string }).code).toBe("unauthorized");
    }
    expect((await t.call("GET", "/api/cases", { auth: { cookie: "x".repeat(43), csrf: "y" } })).status).toBe(401);
  });

  it("login sets an HttpOnly SameSite=Lax cookie; the store keeps only its hash; wrong password is 401", async () => {
    const res = await t.call("POST", "/api/auth/login", { body: { email: "FASI@laget.test", password: "correct horse battery" } });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/laget_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax/);
    const raw = /laget_session=([^;]+)/.exec(cookie)![1];
    expect(await t.deps.store.getSession(raw)).toBeUndefined();
    expect(await t.deps.store.getSession(hashToken(raw))).toBeDefined();
    const wrong = await t.call("POST", "/api/auth/login", { body: { email: "fasi@laget.test", password: "wrong password!" } });
    expect(wrong.status).toBe(401);
    const unknown = await t.call("POST", "/api/auth/login", { body: { email: "nobody@laget.test", password: "wrong password!" } });
    expect(await json(unknown)).toEqual(await json(wrong));
  });

  it("me returns the user and the CSRF value, never the password hash", async () => {
    const res = await t.call("GET", "/api/auth/me", { auth: fasi });
    const body = await json(res);
    expect(body).toMatchObject({ user: { email: "fasi@laget.test", role: "facilitator", districts: ["Heimdal"] }, csrfToken: fasi.csrf });
    expect(JSON.stringify(body)).not.toContain("scrypt");
  });

  it("an expired session gives 401", async () => {
    expect((await t.call("GET", "/api/cases", { auth: fasi })).status).toBe(200);
    t.advance(t.deps.config.sessionTtlMs + 1);
    const res = await t.call("GET", "/api/cases", { auth: fasi });
    expect(res.status).toBe(401);
    expect(((await json(res)).error as { message: string }).message).toMatch(/expired/);
  });

  it("logout needs CSRF and ends the session", async () => {
    expect((await t.call("POST", "/api/auth/logout", { auth: fasi, csrf: false })).status).toBe(403);
    expect((await t.call("POST", "/api/auth/logout", { auth: fasi })).status).toBe(200);
    expect((await t.call("GET", "/api/cases", { auth: fasi })).status).toBe(401);
  });

  it("disabled users cannot use their session", async () => {
    const admin = await t.login("admin@laget.test");
    const fasiUser = await t.deps.store.getUserByEmail("fasi@laget.test");
    expect((await t.call("PATCH", `/api/users/${fasiUser!.id}`, { auth: admin, body: { disabled: true } })).status).toBe(200);
    expect((await t.call("GET", "/api/cases", { auth: fasi })).status).toBe(401);
  });
});

describe("CSRF", () => {
  it("cookie requests that change state need X-CSRF-Token; GETs and bearer requests do not", async () => {
    const body = { code: "Sak 1", district: "Heimdal" };
    const missing = await t.call("POST", "/api/cases", { auth: fasi, body, csrf: false });
    expect(missing.status).toBe(403);
    expect(((await json(missing)).error as { code: string }).code).toBe("csrf");
    const wrong = await t.call("POST", "/api/cases", { auth: { ...fasi, csrf: "x".repeat(43) }, body });
    expect(wrong.status).toBe(403);
    expect((await t.call("GET", "/api/cases", { auth: fasi, csrf: false })).status).toBe(200);
    expect((await t.call("POST", "/api/cases", { auth: fasi, body })).status).toBe(201);
  });
});

describe("bearer tokens", () => {
  it("a stored token hash authenticates, without CSRF; a wrong token is 401", async () => {
    const user = await t.deps.store.getUserByEmail("fasi@laget.test");
    const token = generateToken();
    await t.deps.store.putApiToken({ id: "tok1", userId: user!.id, name: "script", tokenHash: hashToken(token), createdAt: t.deps.now().toISOString() });
    expect((await t.call("POST", "/api/cases", { auth: { bearer: token }, body: { code: "Sak B", district: "Heimdal" } })).status).toBe(201);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: generateToken() } })).status).toBe(401);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: "short" } })).status).toBe(401);
  });
});

describe("roles", () => {
  it("an evaluator cannot create a round, a case or read a case (403); only admins manage users", async () => {
    const { caseId } = await makeCase(t, fasi);
    const ev = await t.login("eval@laget.test");
    expect((await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: ev, body: { name: "Vår" } })).status).toBe(403);
    expect((await t.call("POST", "/api/cases", { auth: ev, body: { code: "Sak E", district: "Heimdal" } })).status).toBe(403);
    expect((await t.call("GET", `/api/cases/${caseId}`, { auth: ev })).status).toBe(403);
    expect((await t.call("GET", "/api/roles", { auth: ev })).status).toBe(200);
    expect((await t.call("GET", "/api/users", { auth: fasi })).status).toBe(403);
    const admin = await t.login("admin@laget.test");
    const users = await json(await t.call("GET", "/api/users", { auth: admin }));
    expect((users.users as unknown[]).length).toBe(4);
    expect(JSON.stringify(users)).not.toContain("scrypt");
    const created = await t.call("POST", "/api/users", { auth: admin, body: { email: "ny@laget.test", name: "Ny", role: "facilitator", districts: ["Østbyen"], password: "long enough pw" } });
    expect(created.status).toBe(201);
    expect((await t.call("POST", "/api/users", { auth: admin, body: { email: "ny@laget.test", name: "Ny", role: "facilitator", password: "long enough pw" } })).status).toBe(409);
  });
});

describe("login rate limit", () => {
  it("answers 429 with Retry-After after max failed attempts per IP + e-mail, and lets through after the window", async () => {
    const attempt = (email: string) => t.call("POST", "/api/auth/login", { body: { email, password: "wrong password!" } });
    // The successful login for fasi@ in beforeEach costs nothing: three failures are allowed.
    for (let i = 0; i < 3; i++) expect((await attempt("fasi@laget.test")).status).toBe(401);
    const limited = await attempt("fasi@laget.test");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await json(limited)).error as { code: string }).code).toBe("rate_limited");
    expect((await attempt("admin@laget.test")).status).toBe(401);
    t.advance(60_001);
    expect((await attempt("fasi@laget.test")).status).toBe(401);
  });
});

// Logins in progress and remembered ID tokens: used once, expire, bounded; and provisioning a user from claims.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createUser } from "../../../../server/services/users/index.ts";
import { IdTokenHints } from "../../../../server/auth/oidc/id-token-hints.ts";
import { PendingLogins } from "../../../../server/auth/oidc/pending.ts";
import { emailFromClaims, nameFromClaims, provisionUser } from "../../../../server/auth/oidc/provision.ts";
import { createMemoryStore } from "../../../../server/store/memory.ts";
import { openFileStore } from "../../../../server/store/index.ts";
import { LagetError } from "../../../../domain/index.ts";

const login = { state: "s", nonce: "n", codeVerifier: "v", returnTo: "/" };

describe("PendingLogins", () => {
  const make = (t: { v: number }, extra: Partial<ConstructorParameters<typeof PendingLogins>[0]> = {}) =>
    new PendingLogins({ secret: "client-secret", context: "https://idp.test laget", now: () => new Date(t.v), ...extra });

  it("gives a login back once for its cookie value; the value shows none of it", () => {
    const t = { v: 0 };
    const p = make(t);
    const a = p.start({ ...login, state: "state-a-0123456789", nonce: "nonce-a-0123456789" });
    const b = p.start({ ...login, state: "b" });
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const secret of ["state-a-0123456789", "nonce-a-0123456789"]) expect(Buffer.from(a, "base64url").toString("latin1")).not.toContain(secret);
    expect(p.take(b)?.state).toBe("b");
    expect(p.take(b)).toBeUndefined();
    expect(p.take(undefined)).toBeUndefined();
    expect(p.take("not a token")).toBeUndefined();
    expect(p.take(a)).toEqual({ ...login, state: "state-a-0123456789", nonce: "nonce-a-0123456789", expiresAt: 600_000 });
    expect(p.take(a)).toBeUndefined();
  });

  it("refuses a value that was altered, cut, or sealed for another provider or client", () => {
    const t = { v: 0 };
    const p = make(t);
    const a = p.start(login);
    const raw = Buffer.from(a, "base64url");
    raw[20] ^= 1;
    expect(p.take(raw.toString("base64url"))).toBeUndefined();
    expect(p.take(a.slice(0, -4))).toBeUndefined();
    expect(make(t, { context: "https://other-idp.test laget" }).take(p.start(login))).toBeUndefined();
    expect(make(t, { secret: "another-secret" }).take(p.start(login))).toBeUndefined();
    expect(p.take(a)).toBeDefined();
  });

  it("another server instance with the same client secret finishes the login; it is used up there", () => {
    const t = { v: 0 };
    const one = make(t);
    const two = make(t);
    const a = one.start(login);
    expect(two.take(a)?.state).toBe("s");
    expect(two.take(a)).toBeUndefined();
  });

  it("expires after its time to live", () => {
    const t = { v: 1_000 };
    const p = make(t, { ttlMs: 100 });
    const a = p.start(login);
    const b = p.start(login);
    t.v += 99;
    expect(p.take(a)).toBeDefined();
    t.v += 1;
    expect(p.take(b)).toBeUndefined();
  });

  it("remembers used logins only until they would have expired, and at most maxUsed", () => {
    const t = { v: 0 };
    const p = make(t, { ttlMs: 100, maxUsed: 3 });
    const values = Array.from({ length: 5 }, () => p.start(login));
    for (const v of values) expect(p.take(v)).toBeDefined();
    expect(p.usedCount).toBe(3);
    t.v += 100;
    p.take(p.start(login));
    expect(p.usedCount).toBe(1);
  });
});

describe("IdTokenHints", () => {
  it("gives a session's ID token once, until the session expires", () => {
    let t = 0;
    const hints = new IdTokenHints({ now: () => new Date(t) });
    hints.remember("h1", "token-1", new Date(1000).toISOString());
    hints.remember("h2", "token-2", new Date(1000).toISOString());
    expect(hints.take("h1")).toBe("token-1");
    expect(hints.take("h1")).toBeUndefined();
    t = 1000;
    expect(hints.take("h2")).toBeUndefined();
  });

  it("is bounded", () => {
    const hints = new IdTokenHints({ maxEntries: 2, now: () => new Date(0) });
    for (const k of ["a", "b", "c"]) hints.remember(k, `t-${k}`, new Date(10).toISOString());
    expect(["a", "b", "c"].map((k) => hints.take(k))).toEqual([undefined, "t-b", "t-c"]);
  });
});

describe("claims to user fields", () => {
  it("e-mail: email, else preferred_username or upn when they are addresses; lower-cased", () => {
    expect(emailFromClaims({ email: "Kari@X.no", preferred_username: "other@x.no" })).toBe("kari@x.no");
    expect(emailFromClaims({ preferred_username: "KARI@x.no" })).toBe("kari@x.no");
    expect(emailFromClaims({ preferred_username: "kari", upn: "kari@x.onmicrosoft.com" })).toBe("kari@x.onmicrosoft.com");
    expect(emailFromClaims({ email: 42, preferred_username: "kari" })).toBeUndefined();
  });

  it("name: name, else given + family, else the e-mail; at most 80 characters", () => {
    expect(nameFromClaims({ name: " Kari N " }, "k@x.no")).toBe("Kari N");
    expect(nameFromClaims({ given_name: "Kari", family_name: "Nordmann" }, "k@x.no")).toBe("Kari Nordmann");
    expect(nameFromClaims({ family_name: "Nordmann" }, "k@x.no")).toBe("Nordmann");
    expect(nameFromClaims({}, "k@x.no")).toBe("k@x.no");
    expect(nameFromClaims({ name: "x".repeat(200) }, "k@x.no")).toHaveLength(80);
  });
});

describe("provisionUser", () => {
  const who = (subject: string, claims: Record<string, unknown>) => ({ issuer: "https://idp.test", subject, claims });
  const grant = { role: "facilitator" as const, districts: ["Heimdal"] };
  const now = new Date("2026-01-01T00:00:00Z");
  const reason = async (p: Promise<unknown>) => {
    try {
      await p;
      return "ok";
    } catch (err) {
      expect(err).toBeInstanceOf(LagetError);
      return (err as LagetError).code;
    }
  };

  it("refuses without a grant before touching the store, and without an e-mail for a new user", async () => {
    const store = createMemoryStore();
    expect(await reason(provisionUser(store, who("a", { email: "a@x.no" }), undefined, now))).toBe("no_role");
    expect(await reason(provisionUser(store, who("a", { name: "A" }), grant, now))).toBe("no_email");
    expect(await store.listUsers()).toEqual([]);
  });

  it("a linked user keeps their e-mail when the new one belongs to someone else", async () => {
    const store = createMemoryStore();
    await createUser({ store, now: () => now }, { email: "taken@x.no", name: "T", role: "admin", password: "long enough pw" });
    const u = await provisionUser(store, who("a", { email: "a@x.no" }), grant, now);
    const again = await provisionUser(store, who("a", { email: "taken@x.no", name: "A2" }), { role: "evaluator", districts: [] }, now);
    expect(again).toMatchObject({ id: u.id, email: "a@x.no", name: "A2", role: "evaluator", districts: [] });
    expect((await store.getUserByEmail("taken@x.no"))?.role).toBe("admin");
  });

  it("a user linked to another issuer with the same subject is a different person", async () => {
    const store = createMemoryStore();
    const a = await provisionUser(store, who("same-sub", { email: "a@x.no" }), grant, now);
    const other = { issuer: "https://other-idp.test", subject: "same-sub", claims: { email: "b@x.no" } };
    const b = await provisionUser(store, other, grant, now);
    expect(b.id).not.toBe(a.id);
    expect((await store.listUsers()).length).toBe(2);
  });

  it("a disabled unlinked user with the same e-mail is refused, not linked", async () => {
    const store = createMemoryStore();
    const local = await createUser({ store, now: () => now }, { email: "d@x.no", name: "D", role: "admin", password: "long enough pw" });
    await store.putUser({ ...local, disabled: true });
    expect(await reason(provisionUser(store, who("d", { email: "d@x.no" }), grant, now))).toBe("disabled");
    expect((await store.getUser(local.id))?.sso).toBeUndefined();
  });

  it("the link to the provider account survives a restart of the durable store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "laget-sso-"));
    try {
      const first = await openFileStore(dir);
      const u = await provisionUser(first, who("sub-1", { email: "p@x.no", name: "P" }), grant, now);
      await first.close();
      const again = await openFileStore(dir);
      expect((await again.getUser(u.id))?.sso).toEqual({ issuer: "https://idp.test", subject: "sub-1" });
      expect((await provisionUser(again, who("sub-1", { email: "p@x.no" }), grant, now)).id).toBe(u.id);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

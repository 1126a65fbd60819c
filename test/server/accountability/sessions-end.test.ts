// Sessions and API tokens that end: what an attacker holding a stolen cookie or token can still do after each account change.
import { beforeEach, describe, expect, it } from "vitest";
import { ApiToken } from "../../../domain/index.ts";
import { generateToken, hashToken, newId } from "../../../server/security/tokens.ts";
import { PASSWORD, addUsers, json, makeApp, type Auth, type Browser, type TestApp } from "../api/helpers.ts";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NEW_PASSWORD = "a brand new long password";

let t: TestApp;
let admin: Browser;
let fasiId: string;
beforeEach(async () => {
  t = makeApp();
  await addUsers(t.deps);
  admin = await t.login("admin@laget.test");
  fasiId = (await t.deps.store.getUserByEmail("fasi@laget.test"))!.id;
});

/** What a holder of `auth` gets when reading and when writing. */
async function reach(auth: Auth): Promise<[number, number]> {
  const read = await t.call("GET", "/api/cases", { auth });
  const write = await t.call("POST", "/api/cases", { auth, body: { code: `Sak ${newId().slice(0, 6)}`, district: "Heimdal" } });
  return [read.status, write.status];
}
const patchFasi = (body: unknown) => t.call("PATCH", `/api/users/${fasiId}`, { auth: admin, body });
async function mintToken(auth: Browser, body: unknown = { name: "skript" }) {
  const res = await t.call("POST", "/api/account/tokens", { auth, body });
  expect(res.status).toBe(201);
  return (await json(res)) as { token: string; apiToken: { id: string; expiresAt: string } };
}

describe("a stolen session cookie", () => {
  it("stops reading and writing when an admin resets the user's password", async () => {
    const stolen = await t.login("fasi@laget.test");
    expect(await reach(stolen)).toEqual([200, 201]);
    expect((await patchFasi({ password: NEW_PASSWORD })).status).toBe(200);
    expect(await reach(stolen)).toEqual([401, 401]);
    await t.login("fasi@laget.test", NEW_PASSWORD); // the owner logs in with the new password
  });

  it("stays dead after disable → re-enable", async () => {
    const stolen = await t.login("fasi@laget.test");
    expect((await patchFasi({ disabled: true })).status).toBe(200);
    expect(await reach(stolen)).toEqual([401, 401]);
    expect((await patchFasi({ disabled: false })).status).toBe(200);
    expect(await reach(stolen)).toEqual([401, 401]);
    expect(await reach(await t.login("fasi@laget.test"))).toEqual([200, 201]);
  });

  it("ends with a change of role or districts", async () => {
    const a = await t.login("fasi@laget.test");
    expect((await patchFasi({ districts: ["Heimdal", "Lerkendal"] })).status).toBe(200);
    expect((await t.call("GET", "/api/cases", { auth: a })).status).toBe(401);
    const b = await t.login("fasi@laget.test");
    expect((await patchFasi({ role: "evaluator" })).status).toBe(200);
    expect((await t.call("GET", "/api/aggregates", { auth: b })).status).toBe(401);
  });

  it("survives a change of name only", async () => {
    const a = await t.login("fasi@laget.test");
    expect((await patchFasi({ name: "Fasi Fasilitator" })).status).toBe(200);
    expect((await t.call("GET", "/api/cases", { auth: a })).status).toBe(200);
  });

  it("ends after the idle timeout (30 minutes) although the 8-hour limit is far", async () => {
    const idle = await t.login("fasi@laget.test");
    const busy = await t.login("fasi@laget.test");
    for (let i = 0; i < 3; i++) {
      t.advance(20 * MIN);
      expect((await t.call("GET", "/api/cases", { auth: busy })).status).toBe(200);
    }
    expect((await t.call("GET", "/api/cases", { auth: idle })).status).toBe(401); // 60 minutes unused
    t.advance(8 * 60 * MIN); // the absolute limit still holds for a session in use
    expect((await t.call("GET", "/api/cases", { auth: busy })).status).toBe(401);
  });

  it("dies with its user: an admin deletes the user, the audit entries about them stay", async () => {
    const stolen = await t.login("fasi@laget.test");
    const { token } = await mintToken(stolen);
    expect((await t.call("DELETE", `/api/users/${fasiId}`, { auth: admin })).status).toBe(204);
    expect(await reach(stolen)).toEqual([401, 401]);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: token } })).status).toBe(401);
    expect(await t.deps.store.getUser(fasiId)).toBeUndefined();
    const { entries } = (await json(await t.call("GET", `/api/audit?userId=${fasiId}`, { auth: admin }))) as { entries: { action: string }[] };
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["user.delete", "token.create", "auth.login"]));
    expect((await t.call("DELETE", `/api/users/${(await t.deps.store.getUserByEmail("admin@laget.test"))!.id}`, { auth: admin })).status).toBe(403);
  });
});

describe("changing one's own password", () => {
  it("needs the current password, ends the other sessions and the tokens, keeps this session", async () => {
    const mine = await t.login("fasi@laget.test");
    const stolen = await t.login("fasi@laget.test");
    const { token } = await mintToken(mine);
    const wrong = await t.call("PUT", "/api/account/password", { auth: stolen, body: { currentPassword: "not it at all", newPassword: NEW_PASSWORD } });
    expect(wrong.status).toBe(403);
    const ok = await t.call("PUT", "/api/account/password", { auth: mine, body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(await json(ok)).toEqual({ ok: true, endedSessions: 1, endedTokens: 1 });
    expect(await reach(stolen)).toEqual([401, 401]);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: token } })).status).toBe(401);
    expect((await t.call("GET", "/api/cases", { auth: mine })).status).toBe(200);
    await expect(t.login("fasi@laget.test")).rejects.toThrow(/401/);
    await t.login("fasi@laget.test", NEW_PASSWORD);
  });

  it("cannot be done, nor a token minted, with an API token", async () => {
    const { token } = await mintToken(await t.login("fasi@laget.test"));
    const bearer = { bearer: token };
    expect((await t.call("PUT", "/api/account/password", { auth: bearer, body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).status).toBe(403);
    expect((await t.call("POST", "/api/account/tokens", { auth: bearer, body: { name: "more" } })).status).toBe(403);
  });

  it("stops guessing the current password after 5 wrong tries", async () => {
    const stolen = await t.login("fasi@laget.test");
    const guess = (p: string) => t.call("PUT", "/api/account/password", { auth: stolen, body: { currentPassword: p, newPassword: NEW_PASSWORD } });
    for (let i = 0; i < 5; i++) expect((await guess(`guess number ${i}`)).status).toBe(403);
    expect((await guess(PASSWORD)).status).toBe(429);
  });
});

describe("API tokens", () => {
  it("a revoked token is refused at once (by its owner or by an admin)", async () => {
    const fasi = await t.login("fasi@laget.test");
    const one = await mintToken(fasi, { name: "one" });
    const two = await mintToken(fasi, { name: "two" });
    expect(await reach({ bearer: one.token })).toEqual([200, 201]);
    const listed = (await json(await t.call("GET", "/api/account/tokens", { auth: fasi }))) as { tokens: { id: string; name: string }[] };
    expect(listed.tokens.map((x) => x.name)).toEqual(["one", "two"]);
    expect(JSON.stringify(listed)).not.toContain(one.token);
    expect((await t.call("DELETE", `/api/account/tokens/${one.apiToken.id}`, { auth: fasi })).status).toBe(204);
    expect(await reach({ bearer: one.token })).toEqual([401, 401]);
    expect((await t.call("DELETE", `/api/users/${fasiId}/tokens/${two.apiToken.id}`, { auth: admin })).status).toBe(204);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: two.token } })).status).toBe(401);
  });

  it("another user's token cannot be revoked through one's own account (404), and stays valid", async () => {
    const theirs = await mintToken(await t.login("other@laget.test"));
    expect((await t.call("DELETE", `/api/account/tokens/${theirs.apiToken.id}`, { auth: await t.login("fasi@laget.test") })).status).toBe(404);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: theirs.token } })).status).toBe(200);
  });

  it("an expired token is refused; the default lifetime is 90 days, at most 365", async () => {
    const fasi = await t.login("fasi@laget.test");
    const week = await mintToken(fasi, { name: "week", expiresInDays: 7 });
    const std = await mintToken(fasi, { name: "default" });
    expect(Date.parse(std.apiToken.expiresAt) - t.deps.now().getTime()).toBe(90 * DAY);
    expect((await t.call("POST", "/api/account/tokens", { auth: fasi, body: { name: "long", expiresInDays: 366 } })).status).toBe(400);
    t.advance(7 * DAY - MIN);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: week.token } })).status).toBe(200);
    t.advance(MIN);
    expect(await reach({ bearer: week.token })).toEqual([401, 401]);
    t.advance(83 * DAY);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: std.token } })).status).toBe(401);
  });

  it("a token stored without an expiry ends 90 days after it was made", async () => {
    const raw = generateToken();
    const createdAt = new Date(t.deps.now().getTime() - 90 * DAY + MIN).toISOString();
    await t.deps.store.putApiToken(ApiToken.parse({ id: newId(), userId: fasiId, name: "old", tokenHash: hashToken(raw), createdAt }));
    expect((await t.call("GET", "/api/cases", { auth: { bearer: raw } })).status).toBe(200);
    t.advance(MIN);
    expect((await t.call("GET", "/api/cases", { auth: { bearer: raw } })).status).toBe(401);
  });
});

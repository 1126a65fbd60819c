// Token guessing, measured: guesses per minute an attacker gets on /s/:token and on login, driven by an injected clock.
import { beforeAll, describe, expect, it } from "vitest";
import { generateToken } from "../../server/security/tokens.ts";
import { PASSWORD, addUsers, makeApp, type TestApp } from "../server/api/helpers.ts";
import { makeWorld, type World } from "./world.ts";

const MINUTE = 60_000;
/** app.request with a TCP peer address, as @hono/node-server would pass it. */
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

/** Sends `perSecond` requests a second for `minutes` simulated minutes; returns how many were not refused with 429. */
async function drive(t: TestApp, minutes: number, perSecond: number, send: (i: number) => Promise<Response>): Promise<{ through: number; retryAfter: number[] }> {
  let through = 0;
  const retryAfter: number[] = [];
  for (let i = 0; i < minutes * 60 * perSecond; i++) {
    const res = await send(i);
    if (res.status === 429) retryAfter.push(Number(res.headers.get("retry-after")));
    else through++;
    t.advance(1000 / perSecond);
  }
  return { through, retryAfter };
}

describe("guessing respondent links (/s/:token, /api/s/:token)", () => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld();
  });

  it("one address gets at most 3 guesses a minute (30 per 10 minutes), measured over an hour at 5 requests/s", async () => {
    const t = makeApp(); // default limits
    const paths = ["/s/", "/api/s/", "/s/"];
    const { through, retryAfter } = await drive(t, 60, 5, (i) => Promise.resolve(t.app.request(`${paths[i % 3]}${generateToken()}`, {}, from("198.51.100.7"))));
    const perMinute = through / 60;
    console.info(`[measure] link guesses per minute from one address: ${perMinute.toFixed(2)} (${through} of ${60 * 60 * 5})`);
    expect(perMinute).toBeLessThanOrEqual(3);
    expect(through).toBeGreaterThanOrEqual(150); // the budget is really there: 30 per window
    expect(Math.min(...retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...retryAfter)).toBeLessThanOrEqual(600);
  });

  it("a blocked address gets 429 for unknown links, yet its valid links still open; other addresses are unaffected", async () => {
    const t = world.t;
    const s = await world.scene();
    const school = from("203.0.113.66");
    // The world's app has a huge limit; build the default one over the same store for this check.
    const { createApp } = await import("../../server/app.ts");
    const app = createApp(t.deps);
    for (let i = 0; i < 30; i++) expect((await app.request(`/s/${generateToken()}`, {}, school)).status).toBe(404);
    const refused = await app.request(`/api/s/${generateToken()}`, {}, school);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const page = await app.request(`/s/${generateToken()}`, {}, school);
    expect(page.status).toBe(429);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("cache-control")).toBe("no-store");
    // A respondent at the same address (a school, a proxy) is never refused because someone there guessed.
    expect((await app.request(`/api/s/${s.token}`, {}, school)).status).toBe(200);
    expect((await app.request(`/s/${s.token}`, {}, school)).status).toBe(200);
    expect((await app.request(`/api/s/${s.token}`, {}, from("192.0.2.10"))).status).toBe(200);
    expect((await app.request(`/s/${generateToken()}`, {}, from("192.0.2.10"))).status).toBe(404);
    // Opening real links is free: a school behind one address opens its links many times.
    for (let i = 0; i < 200; i++) expect((await app.request(`/s/${s.token}`, {}, from("192.0.2.20"))).status).toBe(200);
  });

  it("many valid requests in flight at once from one address are not refused, before or after its misses", async () => {
    const s = await world.scene();
    const { createApp } = await import("../../server/app.ts");
    const app = createApp(world.t.deps);
    const statuses = await Promise.all(Array.from({ length: 200 }, () => Promise.resolve(app.request(`/api/s/${s.token}`, {}, from("192.0.2.30")))));
    expect(statuses.filter((r) => r.status !== 200)).toHaveLength(0);
    for (let i = 0; i < 30; i++) expect((await app.request(`/s/${generateToken()}`, {}, from("192.0.2.30"))).status).toBe(404);
    expect((await app.request(`/s/${generateToken()}`, {}, from("192.0.2.30"))).status).toBe(429);
    const after = await Promise.all(Array.from({ length: 50 }, () => Promise.resolve(app.request(`/api/s/${s.token}`, {}, from("192.0.2.30")))));
    expect(after.filter((r) => r.status !== 200)).toHaveLength(0);
  });
});

describe("guessing passwords (POST /api/auth/login)", () => {
  const login = (t: TestApp, ip: string, email: string) =>
    Promise.resolve(t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: `guess-${Math.random()}` }),
    }, from(ip)));

  it("one address against one account: at most 10 per 15 minutes (0.67 a minute), measured over an hour at 1/s", async () => {
    const t = makeApp();
    await addUsers(t.deps);
    const { through, retryAfter } = await drive(t, 60, 1, () => login(t, "198.51.100.8", "fasi@laget.test"));
    console.info(`[measure] password guesses per minute on one account from one address: ${(through / 60).toFixed(2)} (${through} of 3600)`);
    expect(through).toBeLessThanOrEqual(40);
    expect(Math.max(...retryAfter)).toBeLessThanOrEqual(900);
  });

  it("one address spraying many accounts: at most 50 failed logins per 15 minutes, measured over 20 minutes at 1 per 6 s", async () => {
    const t = makeApp();
    await addUsers(t.deps);
    const { through } = await drive(t, 20, 1 / 6, (i) => login(t, "198.51.100.9", `user${i}@laget.test`));
    console.info(`[measure] failed logins over many accounts from one address: ${through} in 20 minutes (${(through / 20).toFixed(2)} a minute)`);
    expect(through).toBeLessThanOrEqual(100); // 50 in the first window, at most 50 more after it ends
    expect(through / 20).toBeLessThanOrEqual(5);
  });

  it("a correct login is not counted against the address's failure budget", async () => {
    const t = makeApp({ loginLimit: { windowMs: 15 * MINUTE, max: 10, failedPerIp: 3 } });
    await addUsers(t.deps);
    const ok = () => t.app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "fasi@laget.test", password: PASSWORD }) }, from("192.0.2.1"));
    for (let i = 0; i < 5; i++) expect((await ok()).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await login(t, "192.0.2.1", `nobody${i}@laget.test`)).status).toBe(401);
    expect((await login(t, "192.0.2.1", "nobody9@laget.test")).status).toBe(429);
    expect((await login(t, "192.0.2.2", "nobody9@laget.test")).status).toBe(401);
  });
}, 60_000);

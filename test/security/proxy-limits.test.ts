// Rate limits behind a reverse proxy: every client arrives from the proxy's address, with X-Forwarded-For; TRUST_PROXY set and unset.
import { beforeAll, describe, expect, it } from "vitest";
import { createApp, type AppOptions } from "../../server/app.ts";
import { parseTrustProxy } from "../../server/middleware/rate-limit/client-address.ts";
import { generateToken } from "../../server/security/tokens.ts";
import { PASSWORD, addUsers, makeApp, type TestApp } from "../server/api/helpers.ts";
import { makeWorld, type World } from "./world.ts";

/** The TLS proxy in front of Laget, as the TCP peer of every request. */
const PROXY = "10.0.0.5";
/** app.request's env: the connection comes from `peer`; X-Forwarded-For names `client` (as the proxy appends it). */
const via = (client: string, peer = PROXY) => ({ headers: { "x-forwarded-for": client }, env: { incoming: { socket: { remoteAddress: peer } } } });

const ATTACKER = "203.0.113.66";
const COLLEAGUE = "198.51.100.23";

const TRUSTED: AppOptions = { trustProxy: parseTrustProxy(PROXY) };
const UNSET: AppOptions = {};

function login(t: TestApp, client: string, email: string, password = `guess-${Math.random()}`) {
  const { headers, env } = via(client);
  return Promise.resolve(t.app.request("/api/auth/login", { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ email, password }) }, env));
}

async function appWithUsers(options: AppOptions): Promise<TestApp> {
  const t = makeApp(options);
  await addUsers(t.deps);
  return t;
}

describe("TRUST_PROXY decides whether X-Forwarded-For is believed", () => {
  it("reads a hop count, addresses, CIDRs and names; refuses 'trust everything' and junk with a message", () => {
    expect(parseTrustProxy(undefined)).toBeUndefined();
    expect(parseTrustProxy("")).toBeUndefined();
    expect(parseTrustProxy("0")).toBeUndefined();
    const hop = parseTrustProxy("1")!;
    expect(hop.describe).toBe("1 proxy hop");
    expect([hop.trust("10.0.0.5", 0), hop.trust("1.2.3.4", 1)]).toEqual([true, false]);
    const list = parseTrustProxy("loopback, 10.0.0.0/8,fd00::/8")!;
    expect([list.trust("127.0.0.1", 0), list.trust("10.9.9.9", 0), list.trust("fd00::1", 0), list.trust("192.0.2.1", 0)]).toEqual([true, true, true, false]);
    expect(() => parseTrustProxy("true")).toThrow(/every client choose its own address/);
    expect(() => parseTrustProxy("*")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.1, proxy.local")).toThrow(/"proxy.local" is not one/);
    expect(() => parseTrustProxy("300.1.1.1")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("11")).toThrow(/at most 10/);
  });

  it("believes the rightmost untrusted address only from a trusted peer; ignores the header otherwise", async () => {
    // A client-written X-Forwarded-For entry to the left of the proxy's own cannot pick the key.
    const t = await appWithUsers({ ...TRUSTED, loginLimit: { windowMs: 60_000, max: 2, failedPerIp: 100 } });
    for (const spoof of ["1.1.1.1", "2.2.2.2"]) expect((await login(t, `${spoof}, ${ATTACKER}`, "fasi@laget.test")).status).toBe(401);
    expect((await login(t, `9.9.9.9, ${ATTACKER}`, "fasi@laget.test")).status).toBe(429);
    expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(200);
    // A peer that is not the trusted proxy sends the header itself: it is ignored, the peer's address counts.
    const direct = (xff: string) => {
      const { env } = via(xff, "192.0.2.99");
      return Promise.resolve(t.app.request("/api/auth/login", { method: "POST", headers: { "x-forwarded-for": xff, "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.test", password: "nope nope nope" }) }, env));
    };
    expect((await direct("4.4.4.4")).status).toBe(401);
    expect((await direct("5.5.5.5")).status).toBe(401);
    expect((await direct("6.6.6.6")).status).toBe(429);
    // IPv4-mapped peers match IPv4 settings (a server listening on ::).
    expect((await login(t, COLLEAGUE, "admin@laget.test", PASSWORD)).status).toBe(200);
    const mapped = via("192.0.2.77", `::ffff:${PROXY}`);
    const res = await t.app.request("/api/auth/login", { method: "POST", headers: { ...mapped.headers, "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.test", password: PASSWORD }) }, mapped.env);
    expect(res.status).toBe(200);
  });
});

describe("finding: 10 login posts lock a named account for everyone for 15 minutes", () => {
  it("with TRUST_PROXY: the lock is per account and address; a colleague elsewhere logs in to the same account", async () => {
    const t = await appWithUsers(TRUSTED);
    for (let i = 0; i < 10; i++) expect((await login(t, ATTACKER, "fasi@laget.test")).status).toBe(401);
    const locked = await login(t, ATTACKER, "fasi@laget.test", PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(200);
    // The attacker's address is locked for that account only.
    expect((await login(t, ATTACKER, "admin@laget.test", PASSWORD)).status).toBe(200);
    t.advance(15 * 60_000 + 1);
    expect((await login(t, ATTACKER, "fasi@laget.test", PASSWORD)).status).toBe(200);
  });

  it("without TRUST_PROXY every client shares the proxy's address, so the same attack locks the colleague out (why the setting exists)", async () => {
    const t = await appWithUsers(UNSET);
    for (let i = 0; i < 10; i++) expect((await login(t, ATTACKER, "fasi@laget.test")).status).toBe(401);
    expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(429);
  });
});

describe("finding: successful logins count toward the lock", () => {
  for (const [name, options] of [["with", TRUSTED], ["without", UNSET]] as const) {
    it(`${name} TRUST_PROXY: 12 correct logins cost nothing; the lock comes after 10 failures, not before`, async () => {
      const t = await appWithUsers(options);
      for (let i = 0; i < 12; i++) expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await login(t, COLLEAGUE, "fasi@laget.test")).status).toBe(401);
      expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(429);
    });
  }

  it("correct logins do not fill the address's failure budget either (12 correct, then 4 failures over many accounts pass)", async () => {
    const t = await appWithUsers({ ...TRUSTED, loginLimit: { windowMs: 15 * 60_000, max: 10, failedPerIp: 5 } });
    for (let i = 0; i < 12; i++) expect((await login(t, COLLEAGUE, "admin@laget.test", PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(t, COLLEAGUE, `nobody${i}@laget.test`)).status).toBe(401);
    expect((await login(t, COLLEAGUE, "fasi@laget.test", PASSWORD)).status).toBe(200);
  });
});

describe("finding: 50 failures lock all logins", () => {
  it("with TRUST_PROXY: 50 failures from one address over many accounts lock that address only", async () => {
    const t = await appWithUsers(TRUSTED);
    for (let i = 0; i < 50; i++) expect((await login(t, ATTACKER, `user${i}@laget.test`)).status).toBe(401);
    expect((await login(t, ATTACKER, "admin@laget.test", PASSWORD)).status).toBe(429);
    expect((await login(t, COLLEAGUE, "admin@laget.test", PASSWORD)).status).toBe(200);
    expect((await login(t, "192.0.2.200", "nobody@laget.test")).status).toBe(401);
  });

  it("without TRUST_PROXY the proxy's one address is locked, so everyone behind it is", async () => {
    const t = await appWithUsers(UNSET);
    for (let i = 0; i < 50; i++) expect((await login(t, ATTACKER, `user${i}@laget.test`)).status).toBe(401);
    expect((await login(t, COLLEAGUE, "admin@laget.test", PASSWORD)).status).toBe(429);
  });
});

describe("finding: 30 random link lookups give every respondent a 429 for 10 minutes", () => {
  let world: World;
  let token: string;
  beforeAll(async () => {
    world = await makeWorld();
    token = (await world.scene()).token;
  });

  const get = (app: ReturnType<typeof createApp>, path: string, client: string) => {
    const { headers, env } = via(client);
    return Promise.resolve(app.request(path, { headers }, env));
  };

  for (const [name, options] of [["with", TRUSTED], ["without", UNSET]] as const) {
    it(`${name} TRUST_PROXY: after 40 guesses through the proxy, respondents' valid links still open (page and API)`, async () => {
      const app = createApp(world.t.deps, options);
      for (let i = 0; i < 40; i++) expect([404, 429]).toContain((await get(app, `/s/${generateToken()}`, ATTACKER)).status);
      expect((await get(app, `/s/${generateToken()}`, ATTACKER)).status).toBe(429);
      for (const client of [COLLEAGUE, ATTACKER]) {
        expect((await get(app, `/s/${token}`, client)).status).toBe(200);
        expect((await get(app, `/api/s/${token}`, client)).status).toBe(200);
      }
      // Another client's mistyped link: its own budget with TRUST_PROXY, the proxy's shared one without.
      expect((await get(app, `/s/${generateToken()}`, COLLEAGUE)).status).toBe(name === "with" ? 404 : 429);
    });
  }

  it("with TRUST_PROXY, a flood through the proxy over the per-address request limit refuses only unknown links", async () => {
    const app = createApp(world.t.deps, { ...TRUSTED, guessLimit: { windowMs: 600_000, max: 1_000_000 } });
    const limited = createApp({ ...world.t.deps, config: { ...world.t.deps.config, surveyLimits: { requestsPerIpPerMinute: 20, writesPerLinkPerMinute: 60 } } }, TRUSTED);
    for (let i = 0; i < 25; i++) await get(limited, `/s/${generateToken()}`, ATTACKER);
    expect((await get(limited, `/s/${generateToken()}`, ATTACKER)).status).toBe(429);
    expect((await get(limited, `/api/s/${token}`, ATTACKER)).status).toBe(200);
    expect((await get(app, `/api/s/${token}`, ATTACKER)).status).toBe(200);
  });
});

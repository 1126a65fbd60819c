// Fuzzes the JSON API through app.request: hostile bodies, content types, methods, paths and credentials → never a 5xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../security/routes.ts";
import { makeWorld, type Scene, type World } from "../security/world.ts";
import { contentType, method, rawBody, schemaShaped, segment } from "./arbitraries.ts";
import { checkResponse, newStats, report, spyConsole, summary } from "./check.ts";

const RUNS = 1500;
let world: World;
let scene: Scene;
let cons: ReturnType<typeof spyConsole>;

beforeAll(async () => {
  cons = spyConsole();
  world = await makeWorld();
  scene = await world.scene();
});
afterAll(() => cons.restore());

// Logout is left out: it would end the fuzzing facilitator's session.
const API_TEMPLATES = [...new Set(ROUTES.map((r) => r.path).filter((p) => p.startsWith("/api/") && !p.includes(":token") && !p.endsWith("/logout")))];

/** Fields each write route reads (from the domain schemas). */
const FIELDS_OF: Record<string, string[]> = {
  "/api/users": ["email", "name", "role", "districts", "password"], "/api/users/:user": ["name", "role", "districts", "disabled", "password"],
  "/api/cases": ["code", "district", "unit"], "/api/cases/:case": ["code", "district", "unit"], "/api/cases/:plain/members": ["role", "label", "email"],
  "/api/cases/:plain/members/:pm0": ["role", "label", "email"], "/api/cases/:case/rounds": ["name", "instrumentId", "closesAt"],
  "/api/cases/:plain/rounds/import": ["name", "instrumentId", "scores"],
  "/api/rounds/:draft/open": ["delivery", "lang"], "/api/rounds/:open/close": ["keepAddresses"],
};

/** A path from the route table with each placeholder a real id or a hostile segment, or an extra/odd suffix. */
const apiPath = fc
  .tuple(fc.constantFrom(...API_TEMPLATES), fc.array(segment([]), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom("", "/", "/x", "?threshold=abc&by=%00", "?format=../../x", "?__proto__[a]=1"))
  .map(([tpl, hostile, pick, suffix]) => {
    const real: Record<string, string> = {
      case: scene.caseId, plain: scene.plainCaseId, member: scene.memberId, pm0: scene.plainMemberIds[0], pm1: scene.plainMemberIds[1],
      open: scene.openRoundId, draft: scene.draftRoundId, closed: scene.closedRoundId, user: scene.userId,
    };
    let i = 0;
    const path = tpl.replace(/:([a-z0-9]+)/g, (_, k: string) => (i++ === pick % 3 ? hostile[i] : real[k]));
    return path + (pick > 6 ? suffix : "");
  });

type Cred = "none" | "facilitator" | "facNoCsrf" | "admin" | "badBearer" | "badCookie" | "linkAsBearer";
const cred = fc.constantFrom<Cred>("none", "facilitator", "facilitator", "facilitator", "facNoCsrf", "admin", "admin", "admin", "badBearer", "badCookie", "linkAsBearer");

function headersFor(c: Cred, type: string): Record<string, string> {
  const h: Record<string, string> = type ? { "content-type": type } : {};
  const fac = world.auth("facilitator", scene) as { cookie: string; csrf: string };
  const admin = world.auth("admin", scene) as { bearer: string };
  if (c === "facilitator" || c === "facNoCsrf") h.cookie = `laget_session=${fac.cookie}`;
  if (c === "facilitator") h["x-csrf-token"] = fac.csrf;
  if (c === "admin") h.authorization = `Bearer ${admin.bearer}`;
  if (c === "badBearer") h.authorization = "Bearer \u00ff\u0080 " + "A".repeat(43); // NUL is refused by Headers itself
  if (c === "badCookie") h.cookie = "laget_session=%ZZ; laget_session=" + "x".repeat(5000);
  if (c === "linkAsBearer") h.authorization = `Bearer ${scene.token}`;
  return h;
}

describe("fuzzing the JSON API", () => {
  it(`${RUNS} hostile requests: no 5xx, every API error is JSON with code and message`, async () => {
    const stats = newStats();
    await fc.assert(
      fc.asyncProperty(fc.record({ method, path: apiPath, body: rawBody, type: contentType, cred }), async (r) => {
        const body = r.method === "GET" || r.method === "HEAD" ? undefined : r.body;
        const res = await world.t.app.request(r.path, { method: r.method, headers: headersFor(r.cred, r.type), body });
        await checkResponse(stats, `${r.method} ${r.path} [${r.cred}, ${r.type}, ${String(r.body).slice(0, 80)}]`, r.path, res);
        // The attacker's "__proto__" must never reach an object's prototype.
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    report(summary("http-api", RUNS, stats));
    expect(cons.errors()).toEqual([]);
  }, 120_000);

  it("the domain schemas with random field types: every write route answers 2xx/4xx", async () => {
    const writes = ROUTES.filter((r) => r.body && r.path.startsWith("/api/") && !r.path.includes(":token") && !r.path.includes("auth"));
    let n = 0;
    const stats = newStats();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes).chain((r) => fc.tuple(fc.constant(r), fc.oneof({ weight: 3, arbitrary: schemaShaped(FIELDS_OF[r.path] ?? []) }, { weight: 1, arbitrary: rawBody }))), async ([route, body]) => {
        if (n % 100 === 0) scene = await world.scene(); // earlier runs may have deleted or changed things
        const s = scene;
        const path = route.path.replace(/:([a-z0-9]+)/g, (_, k: string) => ({ case: s.caseId, plain: s.plainCaseId, pm0: s.plainMemberIds[0], user: s.userId })[k] ?? k);
        const res = await world.t.app.request(path, { method: route.method, headers: headersFor("admin", "application/json"), body });
        n++;
        await checkResponse(stats, `${route.method} ${path} ${String(body).slice(0, 120)}`, path, res);
      }),
      { numRuns: 800 },
    );
    report(summary("schema bodies (admin)", n, stats));
    expect(cons.errors()).toEqual([]);
  }, 120_000);
});

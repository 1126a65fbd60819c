// Fuzzes the respondent endpoints: PUT /api/s/:token JSON and the POST /s/:token form with hostile fields → never a 5xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateToken } from "../../server/security/tokens.ts";
import { RC7_V1 } from "../../surveys/rc7.ts";
import { makeWorld, type Scene, type World } from "../security/world.ts";
import { contentType, encodeSegment, hostileJson, hostileString, method, rawBody } from "./arbitraries.ts";
import { checkResponse, newStats, report, spyConsole, summary } from "./check.ts";

let world: World;
let scene: Scene;
let members: string[];
let cons: ReturnType<typeof spyConsole>;
let ip = 0;
/** A fresh client address per request, so the per-address limits do not hide the handlers from the fuzzer. */
const env = () => ({ incoming: { socket: { remoteAddress: `10.0.${(++ip >> 8) & 255}.${ip & 255}` } } });
const ITEMS = RC7_V1.items.map((i) => i.id);
/** The respondent's own browser: the link's answers are bound to its device cookie, so the fuzzer gets past that check. */
const DEVICE = `laget_device=${generateToken()}`;

beforeAll(async () => {
  cons = spyConsole();
  world = await makeWorld();
  scene = await world.scene();
  members = (await world.t.deps.store.listMembers(scene.caseId)).map((m) => m.id);
});
afterAll(() => cons.restore());

const target = () => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...members) }, { weight: 1, arbitrary: hostileString });
const item = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ITEMS) }, { weight: 1, arbitrary: hostileString });
const value = fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, null), hostileJson);
const rating = () => fc.record({ target: target(), item, value }, { requiredKeys: [] });
const answerBody = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ ratings: fc.array(rating(), { maxLength: 40 }), submit: fc.oneof(fc.boolean(), hostileJson) }, { requiredKeys: [] }).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: rawBody },
  );

/** Form fields as a browser (or an attacker) would post them. */
const formField = () =>
  fc.tuple(
    fc.oneof(
      { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...members), fc.constantFrom(...ITEMS)).map(([t, i]) => `r.${t}.${i}`) },
      { weight: 2, arbitrary: fc.tuple(target(), item).map(([t, i]) => `r.${t}.${i}`) },
      { weight: 1, arbitrary: fc.constantFrom("action", "r.", "r..", "__proto__", "constructor", "r.__proto__.x", "action[]") },
      { weight: 1, arbitrary: hostileString },
    ),
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom("1", "3", "5", "na", "submit", "draft", "", "6", "0", "1.5") }, { weight: 1, arbitrary: hostileString }),
  );

describe("fuzzing the respondent endpoints", () => {
  it("PUT /api/s/:token with hostile JSON: no 5xx, errors are JSON with code and message", async () => {
    const stats = newStats();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(answerBody(), contentType, fc.constantFrom("PUT", "PUT", "PUT", "GET", "POST", "DELETE", "PATCH"), async (body, type, m) => {
        if (++n % 50 === 0) world.t.advance(61_000); // stay under the 60 saves a minute per link
        const path = `/api/s/${scene.token}`;
        const res = await world.t.app.request(path, { method: m, body: m === "GET" ? undefined : body, headers: { "content-type": type, cookie: DEVICE } }, env());
        await checkResponse(stats, `${m} ${path} [${type}] ${String(body).slice(0, 160)}`, path, res);
      }),
      { numRuns: 800 },
    );
    report(summary("api/s PUT", 800, stats));
    expect(stats.byStatus[200]).toBeGreaterThan(0);
    expect(cons.errors()).toEqual([]);
  }, 120_000);

  it("POST /s/:token with hostile form fields, repeated keys and odd encodings: no 5xx", async () => {
    const stats = newStats();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.array(formField(), { maxLength: 30 }), fc.constantFrom("draft", "submit", "")).map(([f, a]) => (a ? [...f, ["action", a]] : f)), fc.constantFrom("urlencoded", "multipart", "raw"), rawBody, async (fields, kind, raw) => {
        if (++n % 50 === 0) world.t.advance(61_000);
        const path = `/s/${scene.token}`;
        const headers: Record<string, string> = { "sec-fetch-site": "same-origin", cookie: DEVICE };
        let body: string | FormData | undefined;
        if (kind === "urlencoded") {
          body = fields.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join("&");
          headers["content-type"] = "application/x-www-form-urlencoded";
        } else if (kind === "multipart") {
          body = new FormData();
          for (const [k, v] of fields) body.append(k, k.length % 3 === 0 ? new Blob([v]) : v);
        } else {
          body = raw;
          headers["content-type"] = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "text/plain"][fields.length % 3];
        }
        const res = await world.t.app.request(path, { method: "POST", body, headers }, env());
        await checkResponse(stats, `POST ${path} [${kind}] ${JSON.stringify(fields).slice(0, 200)}`, path, res);
      }),
      { numRuns: 800 },
    );
    report(summary("form POST", 800, stats));
    expect(cons.errors()).toEqual([]);
  }, 120_000);

  it("random methods, tokens and sub-paths under /s and /api/s: no 5xx", async () => {
    const stats = newStats();
    const seg = fc.oneof(fc.constant(scene.token), fc.constant(world.otherToken), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), hostileString.map((s) => encodeSegment(s.slice(0, 100))));
    await fc.assert(
      fc.asyncProperty(method, fc.constantFrom("/s/", "/api/s/"), seg, fc.constantFrom("", "/", "/receipt", "/receipt/x", "?lang=%00", "?lang=en&saved=1"), async (m, base, tok, suffix) => {
        const path = `${base}${tok}${suffix}`;
        const res = await world.t.app.request(path, { method: m }, env());
        await checkResponse(stats, `${m} ${path}`, path.split("?")[0], res);
      }),
      { numRuns: 600 },
    );
    report(summary("respondent paths", 600, stats));
    expect(cons.errors()).toEqual([]);
  }, 120_000);
});

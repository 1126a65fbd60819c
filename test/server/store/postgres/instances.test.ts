// Two Laget instances (createApp) on one PostgreSQL database: any instance serves any request, nothing lives in one process.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../../../postgres/db.ts";
import { RC7_V1 } from "../../../../surveys/rc7.ts";
import { createUser } from "../../../../server/services/users/index.ts";
import { PASSWORD, addFacilitator, instance, openRoundVia, sessionOf } from "./instances.ts";

/** A complete rc7 answer set about `targets`. */
const ratings = (targets: string[], value: number) => targets.flatMap((target) => RC7_V1.items.map((item) => ({ target, item: item.id, value })));

async function twoInstances() {
  const url = await freshDatabase();
  const a = await instance(url);
  const b = await instance(url);
  await addFacilitator(a);
  const session = await sessionOf(await a.login("fasi@laget.test"));
  return { url, a, b, session };
}

describe("two instances on one database", () => {
  it("a save through one instance is read through the other, and a session works on both", async () => {
    const { a, b, session } = await twoInstances();
    expect((await b.call("GET", "/api/cases", { session })).status).toBe(200);
    const { roundId, tokens, memberIds } = await openRoundVia(a, session);
    const [me, ...others] = tokens;
    const body = { ratings: ratings(others.map((o) => o.memberId), 4), submit: true };
    const saved = await a.call("PUT", `/api/s/${me.token}`, { body });
    expect(saved.status).toBe(200);
    // The respondent's browser sends the device cookie the save set to whichever instance serves it.
    const device = /laget_device=[^;]+/.exec(saved.headers.get("set-cookie") ?? "")![0];
    const read = (await (await b.call("GET", `/api/s/${me.token}`, { device })).json()) as { ratings: unknown[]; submitted: boolean };
    expect(read.submitted).toBe(true);
    expect(read.ratings).toEqual(expect.arrayContaining(body.ratings));
    expect(read.ratings).toHaveLength(body.ratings.length);
    const status = (await (await b.call("GET", `/api/rounds/${roundId}/status`, { session })).json()) as { members: { memberId: string; state: string }[] };
    expect(status.members.find((m) => m.memberId === memberIds[0])?.state).toBe("submitted");
  });

  it("a link re-issued on one instance stops working on the other at once", async () => {
    const { a, b, session } = await twoInstances();
    const { roundId, tokens } = await openRoundVia(a, session);
    const old = tokens[1];
    expect((await b.call("GET", `/api/s/${old.token}`)).status).toBe(200); // b has served the old link
    const res = await a.call("POST", `/api/rounds/${roundId}/links/${old.memberId}/reissue`, { session });
    expect(res.status).toBe(200);
    const fresh = ((await res.json()) as { link: { url: string } }).link.url.split("/s/")[1];
    expect((await b.call("GET", `/api/s/${old.token}`)).status).toBe(404);
    expect((await b.call("PUT", `/api/s/${old.token}`, { body: { ratings: [], submit: false } })).status).toBe(404);
    expect((await b.call("GET", `/s/${old.token}`)).status).toBe(404);
    expect((await b.call("GET", `/api/s/${fresh}`)).status).toBe(200);
  });

  it("logging out on one instance ends the session on the other", async () => {
    const { a, b, session } = await twoInstances();
    expect((await b.call("GET", "/api/auth/me", { session })).status).toBe(200);
    expect((await a.call("POST", "/api/auth/logout", { session })).status).toBe(200);
    expect((await b.call("GET", "/api/auth/me", { session })).status).toBe(401);
  });

  it("the link-guessing brake counts misses from one address on every instance together", async () => {
    const { a, b } = await twoInstances();
    const ip = "203.0.113.7";
    const miss = (n: number) => `/api/s/${"x".repeat(40)}${String(n).padStart(3, "0")}`;
    // 30 misses per 10 minutes in all: 15 through each instance use up the budget for both.
    for (let n = 0; n < 30; n++) expect((await (n % 2 ? a : b).call("GET", miss(n), { ip })).status).toBe(404);
    expect((await a.call("GET", miss(99), { ip })).status).toBe(429);
    expect((await b.call("GET", miss(98), { ip })).status).toBe(429);
    expect((await b.call("GET", miss(97), { ip: "203.0.113.8" })).status).toBe(404);
  });

  it("login attempts for one account are counted on every instance together", async () => {
    const { a, b } = await twoInstances();
    const ip = "198.51.100.4";
    const attempt = (inst: typeof a, password: string) => inst.call("POST", "/api/auth/login", { ip, body: { email: "fasi@laget.test", password } });
    // 10 attempts per address and e-mail in 15 minutes: 5 wrong passwords through each instance use them up.
    for (let n = 0; n < 10; n++) expect((await attempt(n % 2 ? a : b, "wrong password!")).status).toBe(401);
    expect((await attempt(a, "correct horse battery")).status).toBe(429);
    expect((await attempt(b, "correct horse battery")).status).toBe(429);
  });

  it("a release published on one instance follows answers changed through the other (derived results are never stale), and is read at once by both", async () => {
    const { url, a, b, session } = await twoInstances();
    await a.store.putSettings({ minCases: 2, weakThreshold: 3.5 });
    const rounds = [];
    /** Each respondent's device cookie, by token: set by their first save, sent with every later one. */
    const devices = new Map<string, string>();
    for (let i = 0; i < 2; i++) {
      const r = await openRoundVia(a, session, ["PPT", "HEGE"]);
      for (const [k, me] of r.tokens.entries()) {
        const others = r.tokens.filter((t) => t !== me).map((t) => t.memberId);
        const res = await a.call("PUT", `/api/s/${me.token}`, { body: { ratings: ratings(others, 2 + i + k), submit: true } });
        expect(res.status).toBe(200);
        devices.set(me.token, /laget_device=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0]);
      }
      expect((await a.call("POST", `/api/rounds/${r.roundId}/close`, { session })).status).toBe(200);
      rounds.push(r);
    }
    await createUser({ store: a.store, now: a.deps.now }, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
    const admin = await sessionOf(await b.login("admin@laget.test"));
    const cell = async (inst: typeof a) => {
      const res = await inst.call("GET", "/api/aggregates", { session });
      const body = (await res.json()) as { total: { cells: { rater: string; target: string; mean: number | null }[] } };
      return body.total.cells.find((c) => c.rater === "PPT" && c.target === "HEGE")!.mean;
    };
    expect((await a.call("POST", "/api/aggregates/releases", { session: admin })).status).toBe(201);
    expect(await cell(a)).toBe(2.5); // PPT → HEGE: 2 in the first case, 3 in the second
    // Through b: reopen the first round, PPT changes its answer to 5, close again.
    const [first] = rounds;
    expect((await b.call("POST", `/api/rounds/${first.roundId}/reopen`, { session })).status).toBe(200);
    const ppt = first.tokens[0];
    const device = devices.get(ppt.token);
    expect((await b.call("PUT", `/api/s/${ppt.token}`, { body: { ratings: ratings([first.tokens[1].memberId], 5), submit: true }, device })).status).toBe(200);
    expect((await b.call("POST", `/api/rounds/${first.roundId}/close`, { session })).status).toBe(200);
    expect(await cell(a)).toBe(2.5); // served from the release until the next one
    expect((await b.call("POST", "/api/aggregates/releases", { session: admin })).status).toBe(201);
    expect(await cell(a)).toBe(4);
    // The same as derived from scratch.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query("delete from round_results")).rowCount).toBeGreaterThan(0);
    await client.end();
    expect((await b.call("POST", "/api/aggregates/releases", { session: admin })).status).toBe(201);
    expect(await cell(b)).toBe(4);
  });
});

// Two Laget instances (createApp) on one PostgreSQL database: any instance serves any request, nothing lives in one process.
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../../../postgres/db.ts";
import { RC7_V1 } from "../../../../surveys/rc7.ts";
import { addFacilitator, instance, openRoundVia, sessionOf } from "./instances.ts";

/** A complete rc7 answer set about `targets`. */
const ratings = (targets: string[], value: number) => targets.flatMap((target) => RC7_V1.items.map((item) => ({ target, item: item.id, value })));

async function twoInstances() {
  const url = await freshDatabase();
  const a = await instance(url);
  const b = await instance(url);
  await addFacilitator(a);
  const session = await sessionOf(await a.login("fasi@laget.test"));
  return { a, b, session };
}

describe("two instances on one database", () => {
  it("a save through one instance is read through the other, and a session works on both", async () => {
    const { a, b, session } = await twoInstances();
    expect((await b.call("GET", "/api/cases", { session })).status).toBe(200);
    const { roundId, tokens, memberIds } = await openRoundVia(a, session);
    const [me, ...others] = tokens;
    const body = { ratings: ratings(others.map((o) => o.memberId), 4), submit: true };
    expect((await a.call("PUT", `/api/s/${me.token}`, { body })).status).toBe(200);
    const read = (await (await b.call("GET", `/api/s/${me.token}`)).json()) as { ratings: unknown[]; submitted: boolean };
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
});

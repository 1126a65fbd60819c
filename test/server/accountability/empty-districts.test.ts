// An evaluator's districts are explicit: an empty list sees nothing, where it used to see every district.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../server/services/users/index.ts";
import { addCase } from "../aggregates/fixture.ts";
import { PASSWORD, addUsers, makeApp, type TestApp } from "../api/helpers.ts";

type Cell = { rater: string; target: string; n: number | null; mean?: number | null };
type View = { total: { cases: number | null; cells: Cell[] }; breakdowns: { by: string; groups: { group: string | null }[] }[] };

const SCORES = [4.25, 3.5, 2, 4.75, 5, 3.125];

let t: TestApp;
beforeAll(async () => {
  t = makeApp();
  await addUsers(t.deps);
  await createUser(t.deps, { email: "ingen@laget.test", name: "ingen", role: "evaluator", districts: [], password: PASSWORD });
  for (const [i, s] of SCORES.entries()) await addCase(t.deps.store, `h${i}`, "Heimdal", "Heimdal skole", [["Høst 2025", s]]);
  const published = await t.call("POST", "/api/aggregates/releases", { auth: await t.login("admin@laget.test") });
  if (published.status !== 201) throw new Error(`publish → ${published.status} ${await published.text()}`);
});

const view = async (email: string, query = "") => {
  const res = await t.call("GET", `/api/aggregates${query}`, { auth: await t.login(email) });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, view: JSON.parse(text) as View };
};
const published = (v: View) => v.total.cells.filter((c) => typeof c.mean === "number");

describe("an evaluator with an empty district list", () => {
  it("sees no case, no mean and no district name, where an evaluator of the district sees six cases", async () => {
    const heimdal = await view("eval@laget.test", "?by=district");
    expect(heimdal.view.total.cases).toBe(SCORES.length);
    expect(published(heimdal.view).length).toBeGreaterThan(0);
    const none = await view("ingen@laget.test", "?by=district");
    expect(none.view.total.cases ?? 0).toBe(0);
    expect(published(none.view)).toEqual([]);
    expect(none.text).not.toContain("Heimdal");
  });

  it("sees nothing when asking for a district by name either, nor in the export", async () => {
    const named = await view("ingen@laget.test", "?district=Heimdal");
    expect(named.view.total.cases ?? 0).toBe(0);
    expect(published(named.view)).toEqual([]);
    const csv = await t.call("GET", "/api/aggregates/export?format=csv", { auth: await t.login("ingen@laget.test") });
    const text = await csv.text();
    for (const s of SCORES) expect(text).not.toContain(String(s));
  });
});

// A whole round over the API with the family and the child: links, answers, then the team analysis, exports and the family band.
import { beforeAll, describe, expect, it } from "vitest";
import { exportResult, EXPORT_FORMATS } from "../../../analysis/export/index.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { facilitatorApp, makeCase, type Browser, type TestApp } from "../api/helpers.ts";
import { FAMILY_TEAM_ITEMS, childFields } from "./fixture.ts";

const RC7 = RC7_V1.items.map((i) => i.id);
let t: TestApp;
let fasi: Browser;
let roundId = "";
let ids: { T: string; P: string; H: string; F: string };
let links: { memberId: string; url: string; form: string }[];

/** The device cookie each link's browser got at its first save (name=value). */
const deviceCookies = new Map<string, string>();

/** Posts a form to a link as a browser without JavaScript (the link's own browser: it sends the cookie it got). */
async function post(url: string, fields: Record<string, string>, action: string) {
  const path = new URL(url).pathname;
  const body = new URLSearchParams({ ...fields, action }).toString();
  const cookie = deviceCookies.get(path);
  const res = await t.app.request(path, {
    method: "POST", body,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", "sec-fetch-site": "same-origin", ...(cookie ? { cookie } : {}) },
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith("laget_device=") && c.includes("Path=/s;"));
  if (set) deviceCookies.set(path, set.split(";")[0]);
  return res;
}
const linkOf = (memberId: string) => links.find((l) => l.memberId === memberId)!.url;

/** A team member's full rc7 form: `value` about colleagues, `aboutFamily` about the parent. */
function teamFields(rater: string, value: number, aboutFamily: number) {
  const out: Record<string, string> = {};
  for (const target of Object.values(ids)) if (target !== rater) for (const item of RC7) out[`r.${target}.${item}`] = String(target === ids.F ? aboutFamily : value);
  return out;
}

beforeAll(async () => {
  ({ t, fasi } = await facilitatorApp());
  const c = await makeCase(t, fasi, ["SKLær", "PPT", "HEGE", "FORÆ"]);
  const [T, P, H, F] = c.memberIds;
  ids = { T, P, H, F };
  const bad = await t.call("POST", `/api/cases/${c.caseId}/rounds`, { auth: fasi, body: { name: "Høst", instrumentId: "family" } });
  expect(bad.status).toBe(400);
  const created = await t.call("POST", `/api/cases/${c.caseId}/rounds`, { auth: fasi, body: { name: "Høst", family: { include: false } } });
  roundId = (await created.json()).round.id;
  const set = await t.call("PUT", `/api/rounds/${roundId}/voices`, { auth: fasi, body: { family: { include: true }, child: { include: true, version: "8-12" } } });
  expect(set.status).toBe(200);
  expect((await set.json()).round.family).toEqual({ include: true, instrumentVersion: "2.0.0" });
  const opened = await t.call("POST", `/api/rounds/${roundId}/open`, { auth: fasi });
  links = (await opened.json()).links;
  expect((await t.call("PUT", `/api/rounds/${roundId}/voices`, { auth: fasi, body: { child: { include: false } } })).status).toBe(409);

  for (const [rater, value, aboutFamily] of [[T, 4, 3], [P, 2, 3], [H, 5, 4]] as const) {
    expect((await post(linkOf(rater), teamFields(rater, value, aboutFamily), "submit")).status).toBe(303);
  }
  const family = { ...Object.fromEntries(FAMILY_TEAM_ITEMS.map((i) => [`r._team.${i}`, "1"])), "r._team.timely": "na", [`r.${T}.memberListened`]: "2", [`r.${H}.memberKnows`]: "5" };
  expect((await post(linkOf(F), family, "submit")).status).toBe(303);
  expect((await post(linkOf("_child"), { ...childFields("8-12", "4"), "r._team.ownSay": "2" }, "submit")).status).toBe(303);
});

describe("a round with the family and the child", () => {
  it("open returns a link per member with its form, plus the child's link without a label", () => {
    expect(links.map((l) => [l.memberId, l.form])).toEqual([[ids.T, "team"], [ids.P, "team"], [ids.H, "team"], [ids.F, "family"], ["_child", "child"]]);
    expect(links.at(-1)).toMatchObject({ role: "_child", label: "" });
  });

  it("the team matrix never has the family or the child as a rater; the parent is left out until they agree", async () => {
    const hidden = (await (await t.call("GET", `/api/rounds/${roundId}/analysis`, { auth: fasi })).json()) as AnalysisResult;
    expect(hidden.nodes.map((n) => n.id).sort()).toEqual([ids.T, ids.P, ids.H].sort());
    expect(hidden.edges.filter((e) => e.target === ids.F || e.source === ids.F)).toEqual([]);
    expect(hidden.display).toEqual({ mode: "direction", hiddenCells: 0, hiddenMembers: 1 });
    // The parent ticks "show us" on the family form: from now on the parent is a target (the team's view of working with them).
    const family = { ...Object.fromEntries(FAMILY_TEAM_ITEMS.map((i) => [`r._team.${i}`, "1"])), "r._team.timely": "na", [`r.${ids.T}.memberListened`]: "2", [`r.${ids.H}.memberKnows`]: "5" };
    expect((await post(linkOf(ids.F), { ...family, show: "1" }, "submit")).status).toBe(303);
    const res = await t.call("GET", `/api/rounds/${roundId}/analysis`, { auth: fasi });
    const a = (await res.json()) as AnalysisResult;
    expect(a.display).toEqual({ mode: "direction", hiddenCells: 0, hiddenMembers: 0 });
    expect(a.nodes.map((n) => n.id).sort()).toEqual(Object.values(ids).sort());
    expect(a.nodes.find((n) => n.id === ids.F)).toMatchObject({ responded: false, outMean: null, weakOut: 0 });
    expect(a.edges.filter((e) => e.source === ids.F)).toEqual([]);
    expect(a.edges.filter((e) => e.target === ids.F).map((e) => e.score).sort()).toEqual([3, 3, 4]);
    expect(a.edges).toHaveLength(3 * 3);
    // The parent answers the family form, so the team's response rate is 3 of 3 team raters, not 3 of 4.
    expect(a.summary.responseRate).toBe(1);
    const byRole = (await (await t.call("GET", `/api/rounds/${roundId}/analysis?by=role`, { auth: fasi })).json()) as AnalysisResult;
    expect(byRole.edges.filter((e) => e.source === "FORÆ")).toEqual([]);
  });

  it("no export carries the family or the child as a rater (the parent agreed to be shown above)", async () => {
    const a = (await (await t.call("GET", `/api/rounds/${roundId}/analysis`, { auth: fasi })).json()) as AnalysisResult;
    const meta = { instrument: { id: "rc7", version: "1.0.0" }, round: { id: roundId }, threshold: a.threshold, dimension: "all", generatedAt: "2025-01-01T00:00:00Z" };
    for (const format of EXPORT_FORMATS) {
      const file = await exportResult(format, a, meta);
      const text = typeof file.body === "string" ? file.body : Buffer.from(file.body).toString("latin1");
      expect(text, format).not.toContain("_child");
      if (format === "csv-long") expect(text.split("\n").filter((l) => l.split(",")[2] === ids.F)).toEqual([]);
      if (format === "csv") {
        const row = text.split(/\r?\n/).find((l) => l.startsWith("FORÆ,"));
        expect(row?.split(",").slice(1).every((v) => v === "")).toBe(true);
      }
    }
  });

  it("GET /family: the band per theme, computed by hand from the answers above", async () => {
    const res = await t.call("GET", `/api/rounds/${roundId}/family`, { auth: fasi });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.family.include).toBe(true);
    expect(body.child).toMatchObject({ include: true, version: "8-12", instrument: { id: "child-8-12", version: "1.0.0" } });
    expect(body.childState).toBe("submitted");
    const band = body.band;
    expect(band.respondents).toEqual({ family: 1, child: 1 });
    expect(band.identifiable).toEqual({ family: true, child: true });
    const row = (id: string) => band.themes.find((x: { theme: string }) => x.theme === id);
    // One parent and one child: no theme shows one person's answers.
    expect(row("listened").family).toEqual({ mean: null, n: 1, hidden: true });
    expect(row("timely").family).toEqual({ mean: null, n: 0, hidden: true });
    expect(row("ownSay").child).toEqual({ mean: null, n: 1, hidden: true });
    // Each voice over all its answers. Family: five "all helpers" items 1 (timely N/A), T.memberListened 2, H.memberKnows 5.
    expect(band.overall.family.mean).toBeCloseTo((5 * 1 + 2 + 5) / 7, 12);
    expect(band.overall.family).toMatchObject({ n: 1, hidden: false });
    // Child: 4 on five questions, ownSay 2.
    expect(band.overall.child.mean).toBeCloseTo((5 * 4 + 2) / 6, 12);
    // Team: each rater gives one value about colleagues (4, 2, 5) and one about the parent (3, 3, 4).
    expect(row("timely").team.mean).toBeCloseTo((4 + 2 + 5) / 3, 10);
    expect(row("timely").team.n).toBe(3);
    expect(row("listened").teamWithFamily.mean).toBeCloseTo((3 + 3 + 4) / 3, 10);
    expect(row("whoToAsk").team).toBeNull();
    // One parent's view of one professional is never shown.
    expect(band.byRole.find((r: { role: string }) => r.role === "SKLær")).toEqual({ role: "SKLær", mean: null, n: 1, hidden: true });
    expect(JSON.stringify(body)).not.toContain(ids.F);
  });

  it("GET /status: each seat's form, the child's state, and a response rate over team-form seats only", async () => {
    const res = await t.call("GET", `/api/rounds/${roundId}/status`, { auth: fasi });
    expect(res.status).toBe(200);
    const body = await res.json();
    const form = Object.fromEntries(body.members.map((m: { memberId: string; form: string }) => [m.memberId, m.form]));
    expect(form).toEqual({ [ids.T]: "team", [ids.P]: "team", [ids.H]: "team", [ids.F]: "family" });
    expect(body.child).toMatchObject({ state: "submitted" });
    // T, P and H submitted the team form: 3 of 3 team seats (the parent's family answer is not in the rate).
    expect(body.responseRate).toBe(1);
    expect(JSON.stringify(body)).not.toContain("_child");
  });

  it("the child's link can be re-issued while open; the old one stops working", async () => {
    const res = await t.call("POST", `/api/rounds/${roundId}/child-link/reissue`, { auth: fasi });
    expect(res.status).toBe(200);
    expect((await res.json()).link.form).toBe("child");
    expect((await t.app.request(new URL(linkOf("_child")).pathname)).status).toBe(404);
  });
});

// The facilitator never sees a single family or child answer: every answer a facilitator can reach is read, one family or
// child answer at a time is changed, and no number anywhere follows that one answer.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "../../analysis/export/index.ts";
import type { AnswerSet } from "../../domain/index.ts";
import { CHILD_8_12_V1 } from "../../surveys/voices/child.ts";
import { FAMILY_V2 } from "../../surveys/voices/family.ts";
import { RC7_V2 } from "../../surveys/rc7-v2.ts";
import { facilitatorApp, makeCase, type Browser, type TestApp } from "../server/api/helpers.ts";

let t: TestApp;
let fasi: Browser;
let caseId = "";
let roundId = "";
let ids: { T: string; P: string; H: string; F: string };
/** The path of each seat's personal link (the facilitator got them all when the round opened). */
const linkPath = new Map<string, string>();

/** Family answers: distinct values, none 3 (each is changed to 3 in turn). */
const FAMILY_TEAM: Record<string, number> = { whoToAsk: 1, tellOnce: 2, listened: 4, knowEachOther: 5, timely: 1, ownSay: 2 };
const CHILD: Record<string, number> = { listened: 1, whoToAsk: 5, tellOnce: 2, knowEachOther: 4, timely: 5, ownSay: 1 };

/** A form post from the respondent's own browser (its device cookie kept in `jar`, one browser per link's respondent). */
async function post(path: string, fields: Record<string, string>, jar: Map<string, string>) {
  const res = await t.app.request(path, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", "sec-fetch-site": "same-origin", cookie: jar.get(path) ?? "" },
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith("laget_device=") && c.includes("Path=/s;"));
  if (set) jar.set(path, set.split(";")[0]);
  expect(res.status, `${path} ${JSON.stringify(fields).slice(0, 80)}`).toBe(303);
}

beforeAll(async () => {
  ({ t, fasi } = await facilitatorApp());
  const c = await makeCase(t, fasi, ["SKLær", "PPT", "HEGE", "FORÆ"]);
  caseId = c.caseId;
  const [T, P, H, F] = c.memberIds;
  ids = { T, P, H, F };
  const created = await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Høst", family: { include: true }, child: { include: true, version: "8-12" } } });
  roundId = (await created.json()).round.id;
  const opened = await (await t.call("POST", `/api/rounds/${roundId}/open`, { auth: fasi })).json();
  for (const l of opened.links as { memberId: string; url: string }[]) linkPath.set(l.memberId, new URL(l.url).pathname);
  const jar = new Map<string, string>();
  // The team answers the team form (its answers are the team's own matrix, shown by the round's display setting).
  for (const [rater, value] of [[T, 4], [P, 2], [H, 5]] as const) {
    const fields: Record<string, string> = { action: "submit" };
    for (const target of [T, P, H, F]) if (target !== rater) for (const i of RC7_V2.items) fields[`r.${target}.${i.id}`] = String(value);
    await post(linkPath.get(rater)!, fields, jar);
  }
  // The parent: consent page ("I want to answer", not ticking "show us"), then the family form.
  await post(linkPath.get(F)!, { action: "start" }, jar);
  const family: Record<string, string> = { action: "submit" };
  for (const [item, value] of Object.entries(FAMILY_TEAM)) family[`r._team.${item}`] = String(value);
  Object.assign(family, { [`r.${T}.memberListened`]: "5", [`r.${T}.memberKnows`]: "1", [`r.${T}.memberReach`]: "4", [`r.${H}.memberListened`]: "2" });
  await post(linkPath.get(F)!, family, jar);
  // The child.
  await post(linkPath.get("_child")!, { action: "start" }, jar);
  const child: Record<string, string> = { action: "submit" };
  for (const [item, value] of Object.entries(CHILD)) child[`r._team.${item}`] = String(value);
  await post(linkPath.get("_child")!, child, jar);
}, 60_000);

/** Every GET a facilitator can make about this case and round (the routes of server/routes/README.md and the links). */
function urls(): string[] {
  const r = `/api/rounds/${roundId}`;
  const analyses = ["", "?by=role", "?includeDrafts=true", "?dimension=relationship", "?by=role&dimension=timely&includeDrafts=true"];
  return [
    "/api/cases", `/api/cases/${caseId}`, `/api/cases/${caseId}/members`, `/api/cases/${caseId}/rounds`,
    r, `${r}/status`, `${r}/family`, `${r}/family?minRespondents=1&minForBreakdown=2`,
    ...analyses.map((q) => `${r}/analysis${q}`),
    ...EXPORT_FORMATS.flatMap((format) => [`${r}/export?format=${format}`, `${r}/export?format=${format}&by=role&includeDrafts=true`]),
    `/api/cases/${caseId}/export?format=json`, `/api/cases/${caseId}/export?format=xlsx`,
    "/api/aggregates", "/api/aggregates/export?format=csv", "/api/settings",
    // The personal links the facilitator handed out, opened in the facilitator's own browser.
    ...[...linkPath.values()].flatMap((p) => [p, `${p}/form`, `${p}/receipt`, `/api${p}`]),
  ];
}

type Leaves = Map<string, number>;

/** Every number in a JSON value, by its path. */
function jsonLeaves(prefix: string, value: unknown, out: Leaves): void {
  if (typeof value === "number") out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => jsonLeaves(`${prefix}.${i}`, v, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) jsonLeaves(`${prefix}.${k}`, v, out);
}

/** Every number in a text, by position (decimal comma read as a point). */
function textLeaves(prefix: string, text: string, out: Leaves): void {
  [...text.matchAll(/-?\d+(?:[.,]\d+)?/g)].forEach((m, i) => out.set(`${prefix}#${i}`, Number(m[0].replace(",", "."))));
}

/** What a page shows of stored answers: checked options and receipt values. */
function htmlLeaves(prefix: string, html: string, out: Leaves): void {
  for (const m of html.matchAll(/name="(r\.[^"]+)" value="(\d)" checked/g)) out.set(`${prefix}:${m[1]}`, Number(m[2]));
  [...html.matchAll(/<dd[^>]*>(\d)/g)].forEach((m, i) => out.set(`${prefix}:dd${i}`, Number(m[1])));
}

/** Reads everything the facilitator can reach; answers every URL's status too. */
async function crawl(): Promise<{ leaves: Leaves; statuses: Map<string, number> }> {
  const leaves: Leaves = new Map();
  const statuses = new Map<string, number>();
  for (const url of urls()) {
    const res = await t.call("GET", url, { auth: fasi });
    statuses.set(url, res.status);
    const type = res.headers.get("content-type") ?? "";
    if (type.includes("spreadsheetml")) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === "number") leaves.set(`${url}!${sheet.name}!${cell.address}`, cell.value);
        else textLeaves(`${url}!${sheet.name}!${cell.address}`, String(cell.value ?? ""), leaves);
      })));
    } else if (type.includes("json")) jsonLeaves(url, await res.json(), leaves);
    else if (type.includes("html")) htmlLeaves(url, await res.text(), leaves);
    else textLeaves(url, await res.text(), leaves);
  }
  return { leaves, statuses };
}

/** Changes one stored answer (as if the respondent had answered `value`), keeping everything else of the set. */
async function setAnswer(memberId: string, target: string, item: string, value: number): Promise<void> {
  const set = (await t.deps.store.getAnswer(roundId, memberId)) as AnswerSet;
  await t.deps.store.putAnswer({ ...set, ratings: set.ratings.map((r) => (r.target === target && r.item === item ? { ...r, value } : r)) });
}

describe("what a facilitator can reach", () => {
  it("reaches every route it may (200), the links included", async () => {
    const { statuses } = await crawl();
    const notOk = [...statuses].filter(([, s]) => s !== 200);
    expect(notOk).toEqual([]);
    expect(statuses.size).toBeGreaterThan(40);
  });

  it("holds no single family or child answer: changing one answer moves no number to that answer's value", { timeout: 120_000 }, async () => {
    const before = await crawl();
    const cells: [string, string, string, number][] = [
      ...Object.entries(FAMILY_TEAM).map(([item, v]): [string, string, string, number] => [ids.F, "_team", item, v]),
      [ids.F, ids.T, "memberListened", 5], [ids.F, ids.T, "memberKnows", 1], [ids.F, ids.T, "memberReach", 4], [ids.F, ids.H, "memberListened", 2],
      ...Object.entries(CHILD).map(([item, v]): [string, string, string, number] => ["_child", "_team", item, v]),
    ];
    expect(cells.map(([m, target, item]) => `${m}.${target}.${item}`).length).toBe(
      FAMILY_V2.items.filter((i) => i.about === "team").length + 4 + CHILD_8_12_V1.items.length,
    );
    let moved = 0;
    for (const [member, target, item, value] of cells) {
      await setAnswer(member, target, item, 3);
      const after = await crawl();
      const leaks = [...after.leaves].filter(([path, now]) => now === 3 && before.leaves.get(path) === value).map(([path]) => path);
      expect(leaks, `${member === "_child" ? "child" : "family"} ${target}.${item}: ${value} → 3`).toEqual([]);
      if ([...after.leaves].some(([path, now]) => before.leaves.has(path) && before.leaves.get(path) !== now)) moved++;
      await setAnswer(member, target, item, value);
    }
    // The voices are there, pooled (each voice over all its answers): every answer moves some number, none shows it.
    expect(moved).toBe(cells.length);
  });

  it("cannot read a family or child answer through the links it handed out", async () => {
    for (const seat of [ids.F, "_child"]) {
      const path = linkPath.get(seat)!;
      const api = await (await t.call("GET", `/api${path}`, { auth: fasi })).json();
      expect(api).toMatchObject({ stored: "other_device", ratings: [], submittedAt: null });
      const page = await (await t.call("GET", path, { auth: fasi })).text();
      expect(page).toContain("Lenken er allerede tatt i bruk");
      expect(page).not.toMatch(/ checked|<dd/);
    }
  });
});

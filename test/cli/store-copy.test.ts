// `store copy`: the demo installation moved folder → PostgreSQL → folder gives identical analyses, exports and aggregates.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { createApp } from "../../server/app.ts";
import { createUser } from "../../server/services/users/index.ts";
import { seedDemo } from "../../server/demo/index.ts";
import { DEFAULT_CONFIG } from "../../server/deps.ts";
import { openFileStore } from "../../server/store/file-store.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import type { Store } from "../../server/store/types.ts";
import { RC7_V1 } from "../../surveys/rc7.ts";
import { freshDatabase } from "../postgres/db.ts";
import { seedFiles } from "../seeds.ts";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const PASSWORD = "correct horse battery";
const FORMATS = ["csv", "csv-long", "csv-nb", "xlsx", "graphml", "gexf", "dl", "pajek", "json"];
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "laget-copy-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the CLI in-process; resolves with its exit code and output. */
async function cli(...argv: string[]) {
  let out = "";
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (out += t), readFile: () => "" });
  return { code, out };
}

/** An app over `store` with a fixed clock, and an admin's session on it. */
async function adminApp(store: Store) {
  const app = createApp({ store, config: { ...DEFAULT_CONFIG, baseUrl: "http://laget.test" }, now: () => NOW });
  const login = await app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@laget.test", password: PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = /laget_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")![1];
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { cookie: `laget_session=${cookie}`, "x-csrf-token": csrf, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { app, call };
}

/** The demo installation in a new folder: 3 example cases, the demo round answered by the team and closed, an API token. */
async function demoFolder(): Promise<string> {
  const dir = tempDir();
  const store = await openFileStore(dir);
  await createUser({ store, now: () => NOW }, { email: "admin@laget.test", name: "Admin", role: "admin", districts: [], password: PASSWORD });
  await store.putSettings({ minCases: 2, weakThreshold: 3.5 });
  const demo = await seedDemo({ store, now: () => NOW, baseUrl: "http://laget.test" }, seedFiles());
  const { app, call } = await adminApp(store);
  const team = demo.links.filter((l) => l.form === "team");
  for (const [i, link] of team.entries()) {
    const targets = demo.links.filter((l) => l.form !== "child" && l.memberId !== link.memberId).map((l) => l.memberId);
    const ratings = targets.flatMap((target, t) => RC7_V1.items.map((item, k) => ({ target, item: item.id, value: k === 3 && t === i ? null : ((i + t + k) % 5) + 1 })));
    const res = await app.request(`/api/s/${link.url.split("/s/")[1]}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ratings, submit: true }) });
    expect(res.status).toBe(200);
  }
  expect((await call("POST", `/api/rounds/${demo.demoRound!.id}/close`)).status).toBe(200);
  // Two actions agreed in the demo round's meeting (one about a link, one about the team), one of them done.
  const members = await store.listMembers(demo.demoRound!.caseId);
  const about = { level: "member", dimension: "all" };
  const agreed = [
    { about: { kind: "pair", ...about, source: members[0].id, target: members[1].id }, what: "Faste møter", who: members[0].role, due: "2026-04-01" },
    { about: { kind: "team", ...about }, what: "Felles plan", who: members[1].role, status: "done" },
  ];
  for (const body of agreed) expect((await call("POST", `/api/rounds/${demo.demoRound!.id}/actions`, body)).status).toBe(201);
  expect((await call("POST", "/api/aggregates/releases")).status).toBe(201); // the release (and its links) is copied too
  const [admin] = await store.listUsers();
  await store.putApiToken({ id: "tok1", userId: admin.id, name: "cli", tokenHash: "a".repeat(64), createdAt: NOW.toISOString() });
  await store.close();
  return dir;
}

/** The id of the case of the demo round (the one with agreed actions). */
async function demoCaseOf(dir: string): Promise<string> {
  const store = await openFileStore(dir);
  try {
    for (const c of await store.listCases()) if ((await store.listActions(c.id)).length > 0) return c.id;
    throw new Error("no case with actions");
  } finally {
    await store.close();
  }
}

/** An xlsx file's sheets and cell values (the zip itself carries the time it was written). */
async function xlsxCells(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return JSON.stringify(book.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues() })));
}

/** What users can read from an installation: cases, statuses, analyses, every export format, aggregates. */
async function readings(store: Store): Promise<Map<string, string>> {
  const { call } = await adminApp(store);
  const out = new Map<string, string>();
  const get = async (path: string) => {
    const res = await call("GET", path);
    expect(res.status, path).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    out.set(path, path.includes("format=xlsx") ? await xlsxCells(bytes) : bytes.toString("utf8"));
    return bytes.toString("utf8");
  };
  const { cases } = JSON.parse(await get("/api/cases")) as { cases: { id: string }[] };
  for (const c of cases) {
    const { rounds } = JSON.parse(await get(`/api/cases/${c.id}`)) as { rounds: { id: string; source: string }[] };
    await get(`/api/cases/${c.id}/export?format=json&by=role`);
    await get(`/api/cases/${c.id}/actions`);
    await get(`/api/cases/${c.id}/timeline?by=member`);
    for (const r of rounds) {
      await get(`/api/rounds/${r.id}/status`);
      await get(`/api/rounds/${r.id}/actions`);
      for (const by of ["member", "role"]) await get(`/api/rounds/${r.id}/analysis?by=${by}`);
      for (const format of FORMATS) await get(`/api/rounds/${r.id}/export?format=${format}`);
    }
  }
  for (const by of ["district", "unit", "round"]) await get(`/api/aggregates?by=${by}`);
  await get("/api/aggregates/export?format=csv&by=district");
  await get("/api/users");
  return out;
}

describe("store copy", () => {
  it("moves the demo installation folder → PostgreSQL → folder with identical analyses, exports and aggregates", async () => {
    const source = await demoFolder();
    const before = await (async () => {
      const store = await openFileStore(source);
      try {
        return await readings(store);
      } finally {
        await store.close();
      }
    })();
    expect(before.size).toBeGreaterThan(60);
    expect([...before.keys()].filter((k) => k.includes("/analysis")).length).toBe(8);
    expect(before.get("/api/aggregates?by=district"), "aggregates publish numbers").toMatch(/"mean":\d/);
    expect([...before.values()].filter((v) => v.includes('"submitted":3')).length, "the demo round's answers count").toBeGreaterThan(0);
    expect(before.get(`/api/cases/${(await demoCaseOf(source))}/actions`), "the agreed actions are read").toMatch(/Faste møter.*Felles plan/);

    const url = await freshDatabase();
    const toDb = await cli("store", "copy", "--from", source, "--to", url);
    expect(toDb.out).toMatch(/copied 1 users \(1 API tokens\), 4 cases, 21 members, 4 rounds, 5 links, 3 answer sets, 3 imported score sets, 2 agreed actions and 0 mail attempts/);
    expect(toDb.code).toBe(0);
    const db = await openPostgresStore(url, { max: 4 });
    try {
      const inDb = await readings(db);
      for (const [path, body] of before) expect(inDb.get(path), path).toBe(body);
    } finally {
      await db.close();
    }

    const back = join(tempDir(), "moved-back");
    const toFolder = await cli("store", "copy", "--from", url, "--to", back);
    expect(toFolder.code, toFolder.out).toBe(0);
    const again = await openFileStore(back);
    try {
      const after = await readings(again);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, body] of before) expect(after.get(path), path).toBe(body);
    } finally {
      await again.close();
    }
  });

  it("refuses a target that is not empty, a missing source folder and a store copied onto itself", async () => {
    const source = await demoFolder();
    const url = await freshDatabase();
    expect((await cli("store", "copy", "--from", source, "--to", url)).code).toBe(0);
    const twice = await cli("store", "copy", "--from", source, "--to", url);
    expect(twice).toMatchObject({ code: 1, out: expect.stringMatching(/target store is not empty/) });
    const missing = await cli("store", "copy", "--from", join(source, "nope"), "--to", tempDir());
    expect(missing).toMatchObject({ code: 2, out: expect.stringMatching(/no data folder/) });
    expect((await cli("store", "copy", "--from", source, "--to", `${source}/`)).out).toMatch(/same store/);
    expect((await cli("store", "copy", "--from", source)).code).toBe(2);
  });
});

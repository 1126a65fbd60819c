// POST /api/cases/:id/rounds/import-file: every CSV flavour and XLSX, dry run, refused files, duplicates.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parseMatrixCsv, writeMatrixCsv } from "../../../analysis/csv/index.ts";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "../api/helpers.ts";
import { SEED3, longCsv, scoresByRole, snapshot, upload, workbook } from "./helpers.ts";

const seedText = readFileSync(SEED3, "utf8");
const seed = parseMatrixCsv(seedText, SEED3);
/** Expected "HEGE→ØBC" → 1 etc. straight from the seed file. */
const expected: Record<string, number> = {};
seed.rows.forEach((row, i) => row.forEach((v, j) => v !== null && (expected[`${seed.labels[i]}→${seed.labels[j]}`] = v)));

let t: TestApp;
let fasi: Browser;
let caseId: string;
beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
  ({ caseId } = await makeCase(t, fasi, []));
});

async function importOk(name: string, body: string | Uint8Array, query = "") {
  const res = await upload(t, fasi, caseId, name, body, query);
  const out = await json(res);
  expect(res.status, JSON.stringify(out)).toBe(201);
  return out as { round: { id: string; name: string; source: string; importHash: string }; counts: Record<string, number> };
}

describe("matrix imports", () => {
  it("imports the seed matrix: members by role, pair scores equal to the file, a closed import round", async () => {
    const out = await importOk("case-3.csv", seedText, "round=H%C3%B8st%202024");
    expect(out.round).toMatchObject({ name: "Høst 2024", source: "import", status: "closed" });
    expect(out.round.importHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.deps.store.listMembers(caseId)).map((m) => m.role).sort()).toEqual([...seed.labels].sort());
    expect(await scoresByRole(t, caseId, out.round.id)).toEqual(expected);
    const analysis = await json(await t.call("GET", `/api/rounds/${out.round.id}/analysis?by=role`, { auth: fasi }));
    expect((analysis.summary as { nodes: number }).nodes).toBe(5);
  });

  const flavours: [string, (s: string) => string | Uint8Array][] = [
    ["semicolon + decimal comma + BOM + CRLF", () => writeMatrixCsv(seed, { separator: ";", decimal: ",", bom: true, eol: "\r\n" })],
    ["tab + decimal comma", () => writeMatrixCsv(seed, { separator: "\t", decimal: "," })],
    ["comma + dot, no BOM", () => writeMatrixCsv(seed)],
    ["Windows-1252 bytes (older Excel)", () => new Uint8Array(Buffer.from(writeMatrixCsv(seed, { separator: ";", decimal: "," }), "latin1"))],
  ];
  for (const [name, make] of flavours) {
    it(`reads ${name} to the same scores`, async () => {
      const out = await importOk("sak.csv", make(seedText));
      expect(await scoresByRole(t, caseId, out.round.id)).toEqual(expected);
      expect(out.round.name).toBe("sak");
    });
  }

  it("reads an XLSX matrix (numbers and text with decimal comma) to the same scores", async () => {
    const rows = [["rater\\rated", ...seed.labels], ...seed.labels.map((l, i) => [l, ...seed.rows[i].map((v, j) => (v === null ? null : j % 2 ? v : String(v).replace(".", ",")))])];
    const out = await importOk("sak.xlsx", await workbook(rows));
    expect(await scoresByRole(t, caseId, out.round.id)).toEqual(expected);
  });

  it("maps labels to existing members and ROLE-prefixed labels to new members of that role", async () => {
    const { caseId: c2 } = await makeCase(t, fasi, ["PPT"]);
    caseId = c2;
    const out = await importOk("m.csv", "rater\\rated;PPT;SKLær 1;SKLær 2\nPPT;;4;3,5\nSKLær 1;2;;\nSKLær 2;5;;\n");
    const members = await t.deps.store.listMembers(c2);
    expect(members.map((m) => `${m.role}:${m.label}`).sort()).toEqual(["PPT:", "SKLær:SKLær 1", "SKLær:SKLær 2"]);
    expect(out.counts).toMatchObject({ newMembers: 2, pairScores: 4 });
  });
});

describe("long imports", () => {
  it("stores item ratings as submitted answer sets, so dimension analysis works", async () => {
    const out = await importOk("long.csv", longCsv());
    expect(out.round.name).toBe("Vår 2024");
    expect(out.counts).toMatchObject({ answerSets: 2, ratings: 14, pairScores: 0, newMembers: 2 });
    const answers = await t.deps.store.listAnswers(out.round.id);
    expect(answers.every((a) => a.submitted)).toBe(true);
    const res = await t.call("GET", `/api/rounds/${out.round.id}/analysis?dimension=communication`, { auth: fasi });
    expect(res.status).toBe(200);
    const edges = (await json(res)).edges as { score: number }[];
    expect(edges.map((e) => e.score).sort()).toEqual([2.5, 4]); // Åse: 1,2,3,4 → 2.5; Kari: 4,4,4,4
  });

  it("reads ; and tab separated long files with a BOM, and a long XLSX", async () => {
    await importOk("a.csv", "\uFEFF" + longCsv(";", "X", "A"));
    await importOk("b.tsv", longCsv("\t", "X", "B"));
    const rows = longCsv(",", "X", "C").trim().split("\n").map((l) => l.split(",").map((v) => (/^\d$/.test(v) ? Number(v) : v || null)));
    const out = await importOk("c.xlsx", await workbook(rows));
    expect(out.counts).toMatchObject({ answerSets: 2, ratings: 14 });
    expect((await t.deps.store.listRounds(caseId)).map((r) => r.name).sort()).toEqual(["A", "B", "C"]);
  });
});

describe("refused files", () => {
  it("422 with line and column for a bad value; nothing is created", async () => {
    const before = await snapshot(t, caseId);
    const res = await upload(t, fasi, caseId, "bad.csv", "rater\\rated,PPT,HEGE\nPPT,,4\nHEGE,abc,\n");
    expect(res.status).toBe(422);
    const body = (await json(res)).error as { code: string; issues: { line: number; column: number; message: string }[] };
    expect(body.code).toBe("invalid_file");
    expect(body.issues).toEqual([expect.objectContaining({ line: 3, column: 2 })]);
    expect(await snapshot(t, caseId)).toEqual(before);
  });

  it("lists every unknown role, item and fractional value of a long file", async () => {
    const text = longCsv().replaceAll("Åse,PPT,", "Åse,PPTX,").replace(",frequent,1", ",often,1").replace(",timely,4", ",timely,3.5");
    const res = await upload(t, fasi, caseId, "bad.csv", text);
    expect(res.status).toBe(422);
    const issues = ((await json(res)).error as { issues: { line: number; column: number }[] }).issues;
    const at = issues.map((p) => `${p.line}:${p.column}`);
    expect(at).toHaveLength(16); // Åse's unknown role on all 14 rows, one unknown item, one fractional value
    expect(at).toEqual(expect.arrayContaining(["2:4", "3:6", "2:7", "5:8"]));
    expect(await t.deps.store.listMembers(caseId)).toEqual([]);
  });

  it("names the sheet, row and column in XLSX problems; an unknown label in the header is refused", async () => {
    const res = await upload(t, fasi, caseId, "x.xlsx", await workbook([["rater\\rated", "PPT", "Rektor"], ["PPT", null, 3]], "Data"));
    expect(res.status).toBe(422);
    expect(((await json(res)).error as { issues: unknown[] }).issues).toEqual([expect.objectContaining({ sheet: "Data", line: 1, column: 3 })]);
    expect((await upload(t, fasi, caseId, "x.xlsx", new Uint8Array([80, 75, 3, 4, 1, 2]))).status).toBe(422);
    expect((await upload(t, fasi, caseId, "empty.csv", "")).status).toBe(422);
    expect(await t.deps.store.listRounds(caseId)).toEqual([]);
  });
});

describe("dry run, duplicates, access", () => {
  it("dry run reports members, counts and round name without writing", async () => {
    const before = await snapshot(t, caseId);
    const res = await upload(t, fasi, caseId, "case-3.csv", seedText, "dryRun=1");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ dryRun: true, format: "matrix", duplicateOf: null, round: { name: "case-3" }, counts: { newMembers: 5, pairScores: 16 } });
    expect((body.members as { add: { role: string }[] }).add.map((m) => m.role)).toEqual(seed.labels);
    expect(await snapshot(t, caseId)).toEqual(before);
  });

  it("refuses the same file twice with 409 unless allowDuplicate=1", async () => {
    const first = await importOk("case-3.csv", seedText);
    const again = await upload(t, fasi, caseId, "renamed.csv", seedText);
    expect(again.status).toBe(409);
    expect(((await json(again)).error as { code: string }).code).toBe("duplicate_import");
    const dry = await json(await upload(t, fasi, caseId, "case-3.csv", seedText, "dryRun=1"));
    expect(dry.duplicateOf).toBe(first.round.id);
    await importOk("case-3.csv", seedText, "allowDuplicate=1");
    expect(await t.deps.store.listRounds(caseId)).toHaveLength(2);
  });

  it("accepts multipart uploads; evaluators get 403, other districts 404", async () => {
    const form = new FormData();
    form.append("file", new File([seedText], "seed.csv", { type: "text/csv" }));
    const res = await t.app.request(`/api/cases/${caseId}/rounds/import-file`, {
      method: "POST", body: form, headers: { cookie: `laget_session=${fasi.cookie}`, "x-csrf-token": fasi.csrf },
    });
    expect(res.status).toBe(201);
    // A body that is not the multipart it claims to be (found by the fuzzer) is the client's mistake: 400 JSON, not 500.
    const broken = await t.app.request(`/api/cases/${caseId}/rounds/import-file`, {
      method: "POST", body: '{"code":""}',
      headers: { "content-type": "multipart/form-data", cookie: `laget_session=${fasi.cookie}`, "x-csrf-token": fasi.csrf },
    });
    expect(broken.status).toBe(400);
    expect(((await json(broken)).error as { code: string }).code).toBe("bad_request");
    expect((await upload(t, await t.login("eval@laget.test"), caseId, "s.csv", seedText)).status).toBe(403);
    expect((await upload(t, await t.login("other@laget.test"), caseId, "s.csv", seedText)).status).toBe(404);
  });
});

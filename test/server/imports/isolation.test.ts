// Hostile imports over HTTP: 413 naming the limit, the upload's own cap, worker heap and time limits (the worker replaced), busy answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileFiles, largestLegalCsv, type HostileFile } from "../../../bench/hostile-files.ts";
import { IMPORT_UPLOAD_BYTES } from "../../../server/http/upload.ts";
import { startImportWorkers, type ImportWorkers } from "../../../server/services/imports/index.ts";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "../api/helpers.ts";
import { longCsv, snapshot, upload } from "./helpers.ts";

type ErrorBody = { code: string; message: string; issues?: { code?: string; line?: number; column?: number; message: string }[] };
const errorOf = async (res: Response) => (await json(res)).error as ErrorBody;

/** A long CSV of `raters` members rating each other on every rc7 item (about 60 bytes a row). */
function bigCsv(raters: number): string {
  const items = ["frequent", "timely", "accurate", "problemSolving", "sharedGoals", "sharedKnowledge", "mutualRespect"];
  const rows = ["case,round,rater_id,rater_role,target_id,target_role,item,value"];
  for (let a = 0; a < raters; a++) for (let b = 0; b < raters; b++) if (a !== b) for (const item of items) rows.push(`X,Stor,medlem-${a},SR,medlem-${b},SR,${item},${((a + b) % 5) + 1}`);
  return rows.join("\n") + "\n";
}

describe("hostile files through the import route", () => {
  let t: TestApp;
  let fasi: Browser;
  let caseId: string;
  let files: HostileFile[];
  beforeAll(async () => {
    ({ t, fasi } = await facilitatorApp());
    ({ caseId } = await makeCase(t, fasi, ["PPT"]));
    files = await hostileFiles();
  }, 60_000);

  it("each hostile file (cell at XFD1048576, zip bombs, 1.5 M rows, 9 000-member header, 7 600 new members) is refused with 413 file_too_large naming its limit, dry run or not, nothing stored", async () => {
    const before = await snapshot(t, caseId);
    const limits: Record<string, string> = {};
    for (const f of files) {
      for (const query of ["dryRun=1", ""]) {
        const res = await upload(t, fasi, caseId, f.name, f.bytes, query);
        const error = await errorOf(res);
        expect([res.status, error.code], `${f.what} (${query || "real"})`).toEqual([f.status, f.code]);
        const limit = error.issues?.[0]?.code ?? "";
        expect(error.message).toContain(`import limit ${limit} (at most `);
        limits[f.name] = limit;
      }
    }
    expect(limits).toEqual({
      "far-cell.xlsx": "rows", "bomb.xlsx": "partBytes", "lying-bomb.xlsx": "partBytes", "empty-rows.xlsx": "rows",
      "numbered-rows.xlsx": "partBytes", "wide.csv": "columns", "many-members.csv": "members",
    });
    expect(await snapshot(t, caseId)).toEqual(before);
  });

  it("a malformed file stays 422 invalid_file (content, not size)", async () => {
    const res = await upload(t, fasi, caseId, "bad.csv", "rater\\rated,PPT,HEGE\nPPT,,4\nHEGE,abc,\n");
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe("invalid_file");
  });

  it("the import route takes uploads up to its own cap (4 MiB + multipart room); other routes keep 256 KB", async () => {
    // 300 KB: over the app-wide body limit, a legal long file.
    const csv = bigCsv(32);
    expect(csv.length).toBeGreaterThan(300 * 1024);
    const ok = await upload(t, fasi, caseId, "big.csv", csv, "dryRun=1");
    expect(ok.status).toBe(200);
    expect(((await json(ok)) as { counts: { ratings: number } }).counts.ratings).toBe(32 * 31 * 7);
    // Over the cap: refused while it streams in, whatever it holds.
    const over = await upload(t, fasi, caseId, "huge.csv", new Uint8Array(IMPORT_UPLOAD_BYTES + 1).fill(65));
    expect(over.status).toBe(413);
    expect(await errorOf(over)).toMatchObject({ code: "file_too_large", message: expect.stringContaining("4 MiB") });
    const json300 = await t.call("POST", "/api/cases", { auth: fasi, raw: JSON.stringify({ code: "x".repeat(300 * 1024), district: "Heimdal" }) });
    expect(json300.status).toBe(413);
    expect((await errorOf(json300)).code).toBe("payload_too_large");
  });
});

describe("the import workers' own limits (heap and time): only that file is refused, the worker is replaced", () => {
  const pools: ImportWorkers[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });
  const appWith = async (settings: Parameters<typeof startImportWorkers>[0]) => {
    const workers = startImportWorkers(settings);
    pools.push(workers);
    const { t, fasi } = await facilitatorApp({ importWorkers: workers });
    const { caseId } = await makeCase(t, fasi, ["PPT"]);
    return { t, fasi, caseId };
  };

  it("a file that needs more than the worker's heap gets 413 import_memory_limit; the next import works", async () => {
    const { t, fasi, caseId } = await appWith({ heapMb: 32, timeLimitMs: 120_000 });
    const before = await snapshot(t, caseId);
    const res = await upload(t, fasi, caseId, "legal-but-large.csv", largestLegalCsv("X", "Stor"));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: "import_memory_limit", message: expect.stringContaining("32 MB") });
    expect(await snapshot(t, caseId)).toEqual(before);
    expect((await upload(t, fasi, caseId, "small.csv", longCsv())).status).toBe(201);
  }, 180_000);

  it("a file that takes longer than the time limit gets 422 import_time_limit; the next import works", async () => {
    const { t, fasi, caseId } = await appWith({ timeLimitMs: 100 });
    // The limit counts the reading only, not the worker's start (seconds on a loaded machine).
    expect((await upload(t, fasi, caseId, "first.csv", longCsv(",", "X", "First"), "dryRun=1")).status).toBe(200);
    const res = await upload(t, fasi, caseId, "slow.csv", largestLegalCsv("X", "Stor"), "dryRun=1");
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: "import_time_limit", message: expect.stringContaining("0.1 s") });
    expect((await upload(t, fasi, caseId, "small.csv", longCsv(), "dryRun=1")).status).toBe(200);
  }, 120_000);

  it("one user gets 429 import_in_progress past their share; everyone gets 503 import_busy when the queue is full", async () => {
    const { t, fasi, caseId } = await appWith({ threads: 1, maxWaiting: 0, perUser: 1 });
    // Two cases: imports into one case wait for each other before they reach the workers.
    const other = (await makeCase(t, fasi, ["PPT"])).caseId;
    const admin = await t.login("admin@laget.test");
    const big = largestLegalCsv("X", "Stor");
    const mine = await Promise.all([upload(t, fasi, caseId, "a.csv", big, "dryRun=1"), upload(t, fasi, other, "b.csv", big, "dryRun=1")]);
    expect(mine.map((r) => r.status).sort()).toEqual([200, 429]);
    const both = await Promise.all([upload(t, fasi, caseId, "a.csv", big, "dryRun=1"), upload(t, admin, other, "b.csv", big, "dryRun=1")]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 503]);
    const busy = both.find((r) => r.status === 503)!;
    expect(busy.headers.get("retry-after")).toBe("5");
    expect((await errorOf(busy)).code).toBe("import_busy");
  }, 120_000);
});

// Fuzzes the HTTP import route: mutated and random XLSX/zips and CSVs, dry run and real, read by the real import workers.
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileFiles } from "../../bench/hostile-files.ts";
import { startImportWorkers, type ImportWorkers } from "../../server/services/imports/index.ts";
import { facilitatorApp, makeCase, type Browser, type TestApp } from "../server/api/helpers.ts";
import { SEED3, longCsv, snapshot, upload } from "../server/imports/helpers.ts";
import { checkResponse, newStats, report, spyConsole, summary } from "./check.ts";
import { csvText, mutatedBytes, mutatedWorkbook, randomZip, validWorkbooks } from "./files.ts";

const RUNS = 500;
/** The longest the server's event loop may stall while files are read (the workers read them; loaded CI machine). */
const MAX_LOOP_DELAY_MS = 500;
/** Answers an upload may get: a plan (200), an import (201), or a clear refusal. */
const ALLOWED = new Set([200, 201, 400, 409, 413, 422]);

let t: TestApp;
let fasi: Browser;
let caseId: string;
let workers: ImportWorkers;
let valid: Uint8Array[] = [];
let hostile: Uint8Array[] = [];
let cons: ReturnType<typeof spyConsole>;

beforeAll(async () => {
  workers = startImportWorkers();
  ({ t, fasi } = await facilitatorApp({ importWorkers: workers }));
  // Members of a known role, no round open: a good file imports, new members included.
  ({ caseId } = await makeCase(t, fasi, ["PPT", "HEGE"]));
  valid = await validWorkbooks();
  hostile = (await hostileFiles()).map((f) => f.bytes);
  cons = spyConsole();
}, 120_000);
afterAll(async () => {
  cons?.restore();
  await workers?.close();
});

/** CSV text as it is, or with a few characters changed, inserted or cut (from the seed matrix and long files). */
const mutatedCsv = fc.tuple(fc.constantFrom(readFileSync(SEED3, "utf8"), longCsv(), longCsv(";", "X", "V")), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 4 }), fc.nat({ max: 6 })), { minLength: 0, maxLength: 3 }))
  .map(([text, edits]) => edits.reduce((s, [at, insert, cut]) => s.slice(0, at % (s.length + 1)) + insert + s.slice((at % (s.length + 1)) + cut), text));

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
/** A named upload: XLSX-like bytes (with a .xlsx name, sometimes a .csv one) or CSV text. */
const file = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.oneof(mutatedWorkbook, mutatedBytes(() => valid), randomZip), fc.constantFrom("f.xlsx", "f.xlsx", "f.csv")) },
  { weight: 3, arbitrary: fc.tuple(fc.oneof(csvText.map(utf8), mutatedCsv.map(utf8)), fc.constantFrom("f.csv", "f.tsv", "f.xlsx")) },
  { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("f.csv", "f.xlsx")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...[0, 1, 2, 3, 4, 5, 6]).map((i) => hostile[i]), fc.constantFrom("h.xlsx", "h.csv")) },
);

describe("fuzzing the HTTP import route", () => {
  it(`${RUNS} files, dry run and real: no 5xx, stored data unchanged unless imported, event loop never stalled over ${MAX_LOOP_DELAY_MS} ms`, async () => {
    const stats = newStats();
    const outcome = { imported: 0, planned: 0, refused: 0 };
    let before = await snapshot(t, caseId);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async ([bytes, name], dryRun) => {
        const res = await upload(t, fasi, caseId, name, bytes, dryRun ? "dryRun=1" : "");
        const status = res.status;
        await checkResponse(stats, `${dryRun ? "dry run" : "import"} of ${name} (${bytes.length} bytes)`, "/api/", res);
        expect(ALLOWED, `status ${status}`).toContain(status);
        const after = await snapshot(t, caseId);
        if (status === 201) {
          // Exactly one new closed import round; nothing else changed but the members and data it brought.
          outcome.imported++;
          expect(after.rounds.length).toBe(before.rounds.length + 1);
          expect(after.rounds.filter((r) => !before.rounds.some((b) => b.id === r.id))[0]).toMatchObject({ source: "import", status: "closed" });
          expect(after.members.slice(0, before.members.length)).toEqual(before.members);
          before = after;
          return;
        }
        if (status === 200) outcome.planned++;
        else outcome.refused++;
        expect(after).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    loop.disable();
    const maxMs = loop.max / 1e6;
    report(`${summary("import-http", RUNS, stats)}; ${outcome.imported} imported, ${outcome.planned} dry-run plans, ${outcome.refused} refused; ` +
      `event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${maxMs.toFixed(1)} ms`);
    expect(maxMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    expect(outcome.refused).toBeGreaterThan(0);
    expect(outcome.imported + outcome.planned).toBeGreaterThan(0);
    expect(cons.errors()).toEqual([]);
  }, 600_000);
});

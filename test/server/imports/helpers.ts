// Helpers for the import/export tests: upload a file to a case, build workbooks, read back what was stored.
import { seedFile } from "../../seeds.ts";
import ExcelJS from "exceljs";
import type { Auth, TestApp } from "../api/helpers.ts";

export const SEED3 = seedFile(3);

/** POSTs a file as the raw body to /api/cases/:id/rounds/import-file. */
export function upload(t: TestApp, auth: Auth, caseId: string, name: string, body: string | Uint8Array, query = ""): Promise<Response> {
  const headers: Record<string, string> = { "content-type": /\.xlsx$/i.test(name) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv" };
  if (auth && "cookie" in auth) Object.assign(headers, { cookie: `laget_session=${auth.cookie}`, "x-csrf-token": auth.csrf });
  if (auth && "bearer" in auth) headers.authorization = `Bearer ${auth.bearer}`;
  const sep = query ? "&" : "";
  const path = `/api/cases/${caseId}/rounds/import-file?filename=${encodeURIComponent(name)}${sep}${query}`;
  return Promise.resolve(t.app.request(path, { method: "POST", headers, body: typeof body === "string" ? body : new Uint8Array(body) }));
}

/** An .xlsx workbook with one sheet holding `rows`. */
export async function workbook(rows: (string | number | null)[][], sheet = "Ark1"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Pair scores of a round keyed "raterRole→targetRole". */
export async function scoresByRole(t: TestApp, caseId: string, roundId: string): Promise<Record<string, number>> {
  const members = new Map((await t.deps.store.listMembers(caseId)).map((m) => [m.id, m.label || m.role]));
  const out: Record<string, number> = {};
  for (const s of await t.deps.store.getPairScores(roundId)) out[`${members.get(s.rater)}→${members.get(s.target)}`] = s.score;
  return out;
}

/** Everything stored about a case (for "nothing changed" checks). */
export async function snapshot(t: TestApp, caseId: string) {
  const rounds = await t.deps.store.listRounds(caseId);
  const answers = await Promise.all(rounds.map((r) => t.deps.store.listAnswers(r.id)));
  const scores = await Promise.all(rounds.map((r) => t.deps.store.getPairScores(r.id)));
  return { members: await t.deps.store.listMembers(caseId), rounds, answers, scores };
}

/** A long CSV of two raters rating each other on all seven rc7 items. */
export function longCsv(sep = ",", caseCode = "X", round = "Vår 2024"): string {
  const items = ["frequent", "timely", "accurate", "problemSolving", "sharedGoals", "sharedKnowledge", "mutualRespect"];
  const rows = [["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"].join(sep)];
  items.forEach((item, i) => {
    rows.push([caseCode, round, "Åse", "PPT", "Kari", "HEGE", item, String((i % 5) + 1)].join(sep));
    rows.push([caseCode, round, "Kari", "HEGE", "Åse", "PPT", item, i === 6 ? "" : "4"].join(sep));
  });
  return rows.join("\n") + "\n";
}

// `import FILE --case CODE [--round NAME] [--dry-run]`: a matrix/long CSV or XLSX into a case as an imported round.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { CliIo } from "../command.ts";
import { UserError } from "../command.ts";
import { parseCommandArgs } from "../args.ts";
import { withStore } from "./with-store.ts";
import { parseUpload } from "../../server/routes/imports/parse.ts";
import { describePlan, planImport } from "../../server/routes/imports/plan.ts";
import { applyPlan, withCaseLock } from "../../server/routes/imports/apply.ts";
import type { ImportProblem } from "../../server/routes/imports/problems.ts";
import { ApiError } from "../../server/http/errors.ts";
import type { Store } from "../../server/store/types.ts";

export const summary = "import a matrix or long CSV/XLSX into a case as a closed imported round (--dry-run shows the plan)";

const USAGE =
  "usage: import FILE --case CODE [--district NAME] [--round NAME] [--instrument ID] [--dry-run] [--allow-duplicate]\n" +
  "Store: DATA_DIR (default ./data); stop the server first (the data directory is locked while it runs).";

const where = (p: ImportProblem) => `${p.sheet ? `[${p.sheet}] row` : "line"} ${p.line}, column ${p.column}`;

/** The case with this code (and district, when several districts use the code). */
async function findCase(store: Store, code: string, district: string | undefined) {
  const matches = (await store.listCases()).filter((c) => c.code === code && (district === undefined || c.district === district));
  if (matches.length === 0) throw new UserError(`no case with code "${code}"${district ? ` in ${district}` : ""}.`);
  if (matches.length > 1) throw new UserError(`the code "${code}" is used in ${matches.map((c) => c.district).join(", ")}; add --district.`);
  return matches[0];
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", args, {
    case: { type: "string" }, district: { type: "string" }, round: { type: "string" }, instrument: { type: "string" },
    "dry-run": { type: "boolean" }, "allow-duplicate": { type: "boolean" }, help: { type: "boolean", short: "h" },
  });
  if (values.help) return (io.stdout(USAGE + "\n"), 0);
  if (positionals.length !== 1) throw new UserError(`expected one FILE, got ${positionals.length}\n${USAGE}`);
  if (!values.case) throw new UserError(`--case CODE is required\n${USAGE}`);
  const [path] = positionals;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = await parseUpload({ name: basename(path), bytes });
  if ("problems" in parsed) throw refused(path, parsed.problems);
  return withStore(async (store) => {
    const kase = await findCase(store, values.case as string, values.district);
    return withCaseLock(kase.id, async () => {
      let planned;
      try {
        planned = planImport(parsed.file, kase, await store.listMembers(kase.id), { round: values.round, instrumentId: values.instrument ?? "rc7" }, new Date());
      } catch (error) {
        if (error instanceof ApiError) throw new UserError(error.message);
        throw error;
      }
      if ("problems" in planned) throw refused(path, planned.problems);
      const { plan } = planned;
      const duplicate = (await store.listRounds(kase.id)).find((r) => r.importHash === parsed.file.hash);
      const d = describePlan(plan, Boolean(values["dry-run"]));
      const lines = [
        `${values["dry-run"] ? "would import" : "importing"} ${path} (${d.format}) into case ${kase.code} (${kase.district}) as round "${d.round.name}"`,
        ...d.members.add.map((m) => `  new member ${m.role}${m.label ? ` "${m.label}"` : ""}`),
        `  ${d.counts.pairScores} pair scores, ${d.counts.answerSets} answer sets (${d.counts.ratings} ratings)`,
      ];
      if (duplicate) lines.push(`  this file was imported before (round "${duplicate.name}", ${duplicate.id})`);
      io.stdout(lines.join("\n") + "\n");
      if (values["dry-run"]) return 0;
      if (duplicate && !values["allow-duplicate"]) throw new UserError("refused: duplicate import (use --allow-duplicate to import it again).");
      const open = (await store.listRounds(kase.id)).some((r) => r.status === "open");
      if (open && plan.newMembers.length > 0) throw new UserError("refused: the import adds members while a round of the case is open; close it first.");
      const round = await applyPlan(store, plan);
      io.stdout(`created round ${round.id}\n`);
      return 0;
    });
  });
}

function refused(path: string, problems: ImportProblem[]): UserError {
  return new UserError(`${path} refused, nothing imported:\n${problems.map((p) => `  ${where(p)}: ${p.message}`).join("\n")}`);
}

// `import FILE --case CODE [--round NAME] [--dry-run]`: a matrix/long CSV or XLSX into a case as an imported round.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { LagetError } from "../../domain/index.ts";
import { findCaseByCode } from "../../server/services/cases/index.ts";
import { importFile, type ImportDone, type ImportDryRun } from "../../server/services/imports/index.ts";
import { parseCommandArgs } from "../args.ts";
import type { CliIo } from "../command.ts";
import { UserError } from "../command.ts";
import { recordAudit } from "../../server/services/audit/record.ts";
import { CLI_AUDIT, withStore } from "./with-store.ts";

export const summary = "import a matrix or long CSV/XLSX into a case as a closed imported round (--dry-run shows the plan)";

const USAGE =
  "usage: import FILE --case CODE [--district NAME] [--round NAME] [--instrument ID] [--dry-run] [--allow-duplicate]\n" +
  "Store: DATA_DIR (default ./data); stop the server first (the data directory is locked while it runs).";

/** The plan as lines: what would be (dry run) or was imported, new members and counts. */
function planLines(path: string, where: string, d: ImportDryRun | ImportDone, dryRun: boolean): string[] {
  return [
    `${dryRun ? "would import" : "importing"} ${path} (${d.format}) into case ${where} as round "${d.round.name}"`,
    ...d.members.add.map((m) => `  new member ${m.role}${m.label ? ` "${m.label}"` : ""}`),
    `  ${d.counts.pairScores} pair scores, ${d.counts.answerSets} answer sets (${d.counts.ratings} ratings)`,
  ];
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
  const code = values.case;
  const dryRun = Boolean(values["dry-run"]);
  return withStore(async (ctx) => {
    const kase = await findCaseByCode(ctx, code, values.district);
    const options = { dryRun, allowDuplicate: Boolean(values["allow-duplicate"]), round: values.round, instrumentId: values.instrument ?? "rc7" };
    let result: ImportDryRun | ImportDone;
    try {
      result = await importFile(ctx, kase, { name: basename(path), bytes }, options);
    } catch (error) {
      if (error instanceof LagetError && error.code === "duplicate_import") throw new UserError("refused: duplicate import (use --allow-duplicate to import it again).");
      if (error instanceof LagetError && error.code === "invalid_file") throw new LagetError(error.kind, error.code, `${path} refused, nothing imported`, error.issues);
      if (error instanceof LagetError && error.code === "file_too_large") throw new LagetError(error.kind, error.code, `${path} refused, nothing imported: ${error.message}`, error.issues);
      throw error;
    }
    const roundId = "dryRun" in result ? undefined : result.round.id;
    await recordAudit(ctx, CLI_AUDIT, { action: "import.file", caseId: kase.id, ...(roundId && { roundId }), detail: { dryRun, format: result.format } });
    const lines = planLines(path, `${kase.code} (${kase.district})`, result, dryRun);
    if (result.duplicateOf) lines.push(`  this file was imported before (round "${(await ctx.store.getRound(result.duplicateOf))?.name}", ${result.duplicateOf})`);
    if ("dryRun" in result) return (io.stdout(lines.join("\n") + "\n"), 0);
    io.stdout(`${lines.join("\n")}\ncreated round ${result.round.id}\n`);
    return 0;
  });
}

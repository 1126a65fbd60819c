// Imports a matrix or long CSV/XLSX file into a case as a closed round: parse, plan, dry run or write (all or nothing).
import { conflict, unprocessable, type Case, type Issue } from "../../../domain/index.ts";
import { assertNoOpenRound } from "../cases/access.ts";
import type { ServiceContext } from "../context.ts";
import { applyPlan, withCaseLock } from "./apply.ts";
import { parseUpload, type Upload } from "./parse.ts";
import { describePlan, planImport } from "./plan.ts";
import type { ImportDone, ImportDryRun } from "./schemas.ts";

export interface ImportFileOptions {
  dryRun: boolean;
  allowDuplicate: boolean;
  /** Round name; default: the long file's round, else the file name without extension. */
  round?: string;
  instrumentId: string;
}

/** The error for a refused file: `unprocessable` `invalid_file` with one issue per problem (line, column, sheet). */
function refused(issues: Issue[]) {
  return unprocessable("invalid_file", `The file was refused (${issues.length} problem${issues.length === 1 ? "" : "s"}); nothing was imported`, issues);
}

/**
 * Plans the import of the upload into the case and, unless it is a dry run, writes it. Refuses a file
 * with problems (nothing written), a duplicate file (same SHA-256) unless allowed, and new members while a
 * round of the case is open. Imports into one case run one at a time.
 */
export async function importFile(ctx: ServiceContext, kase: Case, upload: Upload, options: ImportFileOptions): Promise<ImportDryRun | ImportDone> {
  const parsed = await parseUpload(upload);
  if ("problems" in parsed) throw refused(parsed.problems);
  const { file } = parsed;
  return withCaseLock(kase.id, async () => {
    const members = await ctx.store.listMembers(kase.id);
    const planned = planImport(file, kase, members, { round: options.round, instrumentId: options.instrumentId }, ctx.now());
    if ("problems" in planned) throw refused(planned.problems);
    const { plan } = planned;
    const duplicate = (await ctx.store.listRounds(kase.id)).find((r) => r.importHash === file.hash);
    const head = { file: { name: file.name, kind: file.kind, sheet: file.sheet, sha256: file.hash }, duplicateOf: duplicate?.id ?? null };
    if (options.dryRun) return { dryRun: true as const, ...head, ...describePlan(plan, true) };
    if (duplicate && !options.allowDuplicate) {
      throw conflict("duplicate_import", `This file was imported into the case already (round "${duplicate.name}", ${duplicate.id}); add allowDuplicate=1 to import it again`);
    }
    if (plan.newMembers.length > 0) await assertNoOpenRound(ctx, kase.id, "Adding members by import");
    const round = await applyPlan(ctx.store, plan);
    return { ...head, ...describePlan(plan, false), round };
  });
}

// Imports a matrix or long CSV/XLSX file into a case as a closed round: read (in a worker), plan, dry run or write (all or nothing).
import { formatBytes, LIMITS, type LimitName } from "../../../analysis/limits.ts";
import { conflict, invalid, LagetError, unprocessable, type Case, type Issue } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import { assertNoOpenRound } from "../cases/access.ts";
import type { ServiceContext } from "../context.ts";
import { applyPlan, withCaseLock } from "./apply.ts";
import type { Upload } from "./parse.ts";
import { describePlan } from "./plan.ts";
import type { ImportProblem } from "./problems.ts";
import type { ImportDone, ImportDryRun } from "./schemas.ts";
import { IN_THIS_THREAD, type ImportWorkers } from "./workers.ts";

export interface ImportFileOptions {
  dryRun: boolean;
  allowDuplicate: boolean;
  /** Round name; default: the long file's round, else the file name without extension. */
  round?: string;
  instrumentId: string;
  /** Who imports (a user id): the import workers limit the files each user has in flight. */
  owner?: string;
}

const BYTE_LIMITS = new Set<LimitName>(["textLength", "xlsxBytes", "partBytes", "workbookBytes"]);

/** "rows (at most 30000)", "partBytes (at most 16 MiB)": the limit's name and value, for messages. */
export const describeLimit = (limit: LimitName) => `${limit} (at most ${BYTE_LIMITS.has(limit) ? formatBytes(LIMITS[limit]) : LIMITS[limit]})`;

/** One problem as an error issue; a limit's name goes in `code`, an empty sheet name (the zip itself) is left out. */
function issueOf({ limit, sheet, ...p }: ImportProblem): Issue {
  return { ...p, ...(sheet && { sheet }), ...(limit !== undefined && { code: limit }) };
}

/**
 * The error for a refused file, one issue per problem (line, column, sheet): 413 `file_too_large` naming the
 * limit when the file is over a size limit of analysis/limits.ts, else 422 `invalid_file`.
 */
function refused(problems: ImportProblem[]): LagetError {
  const issues = problems.map(issueOf);
  const limit = problems.find((p) => p.limit !== undefined)?.limit;
  if (limit !== undefined) {
    return new LagetError("too_large", "file_too_large", `The file is over the import limit ${describeLimit(limit)}; nothing was imported`, issues);
  }
  return unprocessable("invalid_file", `The file was refused (${issues.length} problem${issues.length === 1 ? "" : "s"}); nothing was imported`, issues);
}

/**
 * Plans the import of the upload into the case and, unless it is a dry run, writes it. The file is read and
 * planned by `workers` (worker threads with a heap and a time limit in the server; this thread for the command
 * line); the writes stay here. Refuses a file with problems (nothing written), a duplicate file (same SHA-256)
 * unless allowed, and new members while a round of the case is open. Imports into one case run one at a time.
 */
export async function importFile(ctx: ServiceContext, kase: Case, upload: Upload, options: ImportFileOptions, workers: ImportWorkers = IN_THIS_THREAD): Promise<ImportDryRun | ImportDone> {
  const instrument = getInstrument(options.instrumentId);
  if (!instrument) throw invalid("bad_request", "Unknown instrument", [{ path: "instrumentId", message: "not in GET /api/instruments" }]);
  return withCaseLock(kase.id, async () => {
    const members = await ctx.store.listMembers(kase.id);
    const input = { upload, kase, members, options: { round: options.round, instrumentId: instrument.id }, now: ctx.now().toISOString() };
    const prepared = await workers.prepare(input, options.owner);
    if ("problems" in prepared) throw refused(prepared.problems);
    const { file, plan } = prepared;
    const duplicate = (await ctx.store.listRounds(kase.id)).find((r) => r.importHash === file.sha256);
    const head = { file, duplicateOf: duplicate?.id ?? null };
    if (options.dryRun) return { dryRun: true as const, ...head, ...describePlan(plan, true) };
    if (duplicate && !options.allowDuplicate) {
      throw conflict("duplicate_import", `This file was imported into the case already (round "${duplicate.name}", ${duplicate.id}); add allowDuplicate=1 to import it again`);
    }
    if (plan.newMembers.length > 0) await assertNoOpenRound(ctx, kase.id, "Adding members by import");
    const round = await applyPlan(ctx.store, plan);
    return { ...head, ...describePlan(plan, false), round };
  });
}

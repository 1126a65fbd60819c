// POST /api/cases/:id/rounds/import-file: a matrix or long CSV/XLSX file → an imported round (dry run, duplicates, all-or-nothing).
import { Hono, type Context } from "hono";
import { z } from "zod";
import { loadCase, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readQuery } from "../../http/body.ts";
import { conflict } from "../../http/errors.ts";
import { CASE_MANAGERS, assertNoOpenRound } from "../guards.ts";
import { applyPlan, withCaseLock } from "./apply.ts";
import { parseUpload } from "./parse.ts";
import { describePlan, planImport } from "./plan.ts";
import type { ImportProblem } from "./problems.ts";
import { readUpload } from "./upload.ts";

const Flag = z.enum(["1", "true", "0", "false"]).optional().transform((v) => v === "1" || v === "true");

/** Query of the import route. */
export const ImportFileQuery = z.strictObject({
  dryRun: Flag,
  allowDuplicate: Flag,
  /** Round name (and, for a long file with several rounds, which one to import). */
  round: z.string().trim().min(1).max(60).optional(),
  instrumentId: z.string().min(1).max(40).default("rc7"),
  /** File name when the file is the raw body (alternative: X-Filename header). */
  filename: z.string().max(200).optional(),
});

/** The 422 answer for a refused file. */
function refused(c: Context, problems: ImportProblem[]) {
  const message = `The file was refused (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was imported`;
  return c.json({ error: { code: "invalid_file", message, problems } }, 422);
}

/** Mounted at /api/cases/:id/rounds/import-file (behind authenticate + CSRF). */
export function importRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));

  app.post("/", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id") ?? "");
    const query = readQuery(c, ImportFileQuery);
    const parsed = await parseUpload(await readUpload(c));
    if ("problems" in parsed) return refused(c, parsed.problems);
    const { file } = parsed;
    return withCaseLock(kase.id, async () => {
      const members = await deps.store.listMembers(kase.id);
      const planned = planImport(file, kase, members, { round: query.round, instrumentId: query.instrumentId }, deps.now());
      if ("problems" in planned) return refused(c, planned.problems);
      const { plan } = planned;
      const duplicate = (await deps.store.listRounds(kase.id)).find((r) => r.importHash === file.hash);
      const head = { file: { name: file.name, kind: file.kind, sheet: file.sheet, sha256: file.hash }, duplicateOf: duplicate?.id ?? null };
      if (query.dryRun) return c.json({ dryRun: true, ...head, ...describePlan(plan, true) });
      if (duplicate && !query.allowDuplicate) {
        throw conflict("duplicate_import", `This file was imported into the case already (round "${duplicate.name}", ${duplicate.id}); add allowDuplicate=1 to import it again`);
      }
      if (plan.newMembers.length > 0) await assertNoOpenRound(deps, kase.id, "Adding members by import");
      const round = await applyPlan(deps.store, plan);
      return c.json({ ...head, ...describePlan(plan, false), round }, 201);
    });
  });

  return app;
}

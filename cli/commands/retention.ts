// `retention list|run`: the cases the retention rule erases soon, and erasing those whose time has come.
import { RetentionQuery, type RetentionDue } from "../../domain/index.ts";
import { applyRetention, retentionDue } from "../../server/services/retention/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";
import { withStore } from "./with-store.ts";

export const summary = "list the cases the retention rule erases soon (retention list [--days N]), or erase the overdue ones now (retention run)";

const USAGE = "usage: retention list [--days N] | retention run   (the setting: PUT /api/settings {\"retentionMonths\": M}; 0 = off)";

const line = (d: RetentionDue) => `  ${d.erasesAt.slice(0, 10)}  ${d.district} / ${d.code}${d.unit ? ` (${d.unit})` : ""}  last activity ${d.since.slice(0, 10)}  id ${d.caseId}\n`;

/** Runs `retention list` or `retention run`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "list") {
    const { values } = parseCommandArgs("retention list", rest, { days: { type: "string" } });
    const query = RetentionQuery.safeParse({ days: values.days });
    if (!query.success) throw new UserError(`retention list: --days must be a whole number from 1 to 366\n${USAGE}`);
    const view = await withStore((ctx) => retentionDue(ctx, query.data.days));
    if (view.retentionMonths === 0) {
      io.stdout("retention is off (retentionMonths = 0): no case is erased automatically\n");
      return 0;
    }
    io.stdout(`retention: ${view.retentionMonths} months after a case's last round closed; ${view.cases.length} case(s) erased within ${view.days} days\n`);
    for (const d of view.cases) io.stdout(line(d));
    return 0;
  }
  if (sub === "run") {
    parseCommandArgs("retention run", rest, {});
    const erased = await withStore(async (ctx) => {
      const done = await applyRetention(ctx);
      await ctx.store.purgeDeleted?.();
      return done;
    });
    io.stdout(`erased ${erased.length} case(s) whose retention period had ended\n`);
    for (const d of erased) io.stdout(line(d));
    return 0;
  }
  throw new UserError(USAGE);
}

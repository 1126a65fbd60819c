// Retention: which cases the rule erases soon, and the run that erases the cases whose time has come.
import { erasureDate, type Case, type RetentionDue, type RetentionView } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One case's erasure date under the rule, or null (an open round, or retention off). */
async function dueOf(ctx: Pick<ServiceContext, "store">, kase: Case, months: number): Promise<RetentionDue | null> {
  const date = erasureDate(kase, await ctx.store.listRounds(kase.id), months);
  return date && { caseId: kase.id, code: kase.code, district: kase.district, unit: kase.unit, ...date };
}

/** Every case the rule dates, erasure date first (then code). */
async function datedCases(ctx: Pick<ServiceContext, "store">, months: number): Promise<RetentionDue[]> {
  if (months <= 0) return [];
  const dated = await Promise.all((await ctx.store.listCases()).map((k) => dueOf(ctx, k, months)));
  return dated
    .filter((d): d is RetentionDue => d !== null)
    .sort((a, b) => Date.parse(a.erasesAt) - Date.parse(b.erasesAt) || a.code.localeCompare(b.code, "nb"));
}

/** The cases erased within `days` days from now (and those overdue), with the setting; for admins. */
export async function retentionDue(ctx: Pick<ServiceContext, "store" | "now">, days: number): Promise<RetentionView> {
  const { retentionMonths } = await ctx.store.getSettings();
  const horizon = ctx.now().getTime() + days * DAY_MS;
  const cases = (await datedCases(ctx, retentionMonths)).filter((d) => Date.parse(d.erasesAt) <= horizon);
  return { retentionMonths, days, cases };
}

/**
 * Erases every case whose erasure date has passed, each as `DELETE /api/cases/:id` does (gone from every file or
 * table before this resolves). A case is dated again just before its erasure, so one whose round was opened or
 * closed meanwhile is kept. Returns the erased cases.
 */
export async function applyRetention(ctx: Pick<ServiceContext, "store" | "now">): Promise<RetentionDue[]> {
  const { retentionMonths } = await ctx.store.getSettings();
  const erased: RetentionDue[] = [];
  for (const candidate of await datedCases(ctx, retentionMonths)) {
    if (Date.parse(candidate.erasesAt) > ctx.now().getTime()) break;
    const kase = await ctx.store.getCase(candidate.caseId);
    const due = kase && (await dueOf(ctx, kase, retentionMonths));
    if (!due || Date.parse(due.erasesAt) > ctx.now().getTime()) continue;
    await ctx.store.deleteCase(kase.id);
    erased.push(due);
  }
  return erased;
}

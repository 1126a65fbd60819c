// Where the audit log records other features' routes: one line per audited route, each with its AuditAction.
import type { Context } from "hono";
import type { AuditAction, AuditDetail } from "../../../domain/index.ts";
import type { AuditEvent } from "../../services/audit/record.ts";
import { jsonAnswer, validQuery } from "../../middleware/audit/index.ts";
import type { AppDeps } from "../../deps.ts";
import type { RoundEnv } from "../guards.ts";

/** An audited route (paths as mounted under /api) and what its entry says. */
export interface AuditPoint {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  action: AuditAction;
  describe?: (c: Context, prepared: unknown) => Omit<AuditEvent, "action"> | null | Promise<Omit<AuditEvent, "action"> | null>;
  /** Runs before the route, e.g. to read what the request will change. */
  prepare?: (c: Context, deps: Pick<AppDeps, "store">) => unknown;
}

const caseParam = (c: Context) => ({ caseId: c.req.param("id") });
/** The round of the path and its case (loaded by the route's own access check). */
const round = (c: Context) => ({ roundId: c.req.param("id"), caseId: (c as Context<RoundEnv>).get("kase")?.id });
/** Each setting the request changed: its new value, and the value before as `<name>Before`. */
async function settingsChange(c: Context, before: unknown): Promise<Omit<AuditEvent, "action">> {
  const after = ((await jsonAnswer(c)).settings ?? {}) as Record<string, unknown>;
  const was = (before ?? {}) as Record<string, unknown>;
  const detail: AuditDetail = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(v) === JSON.stringify(was[k])) continue;
    detail[k] = typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : JSON.stringify(v).slice(0, 300);
    const w = was[k];
    detail[`${k}Before`] = w === undefined || typeof w === "number" || typeof w === "string" || typeof w === "boolean" ? (w ?? null) : JSON.stringify(w).slice(0, 300);
  }
  return { detail };
}

/** Query values as entry details: the listed keys that were given. */
const queryDetail = (c: Context, keys: string[]): AuditDetail => {
  const q = validQuery(c);
  const out: AuditDetail = {};
  for (const k of keys) {
    const v = q[k];
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join(",").slice(0, 300);
  }
  return out;
};

// prettier-ignore
export const AUDIT_POINTS: AuditPoint[] = [
  { method: "GET",    path: "/cases/:id",                         action: "case.view",      describe: caseParam },
  { method: "DELETE", path: "/cases/:id",                         action: "case.delete",    describe: caseParam },
  { method: "DELETE", path: "/cases/:id/members/:memberId",       action: "member.delete",  describe: (c) => ({ ...caseParam(c), detail: { memberId: c.req.param("memberId") ?? null } }) },
  { method: "GET",    path: "/rounds/:id",                        action: "round.view",     describe: round },
  { method: "GET",    path: "/rounds/:id/analysis",               action: "round.analysis", describe: (c) => ({ ...round(c), detail: queryDetail(c, ["by", "dimension", "threshold", "includeDrafts"]) }) },
  { method: "GET",    path: "/rounds/:id/family",                 action: "round.family",   describe: round },
  { method: "GET",    path: "/rounds/:id/status",                 action: "round.status",   describe: round },
  { method: "POST",   path: "/rounds/:id/open",                   action: "round.open",     describe: async (c) => ({ ...round(c), detail: { links: ((await jsonAnswer(c)).links as unknown[] | undefined)?.length ?? 0 } }) },
  { method: "POST",   path: "/rounds/:id/close",                  action: "round.close",    describe: round },
  { method: "POST",   path: "/rounds/:id/reopen",                 action: "round.reopen",   describe: round },
  { method: "POST",   path: "/rounds/:id/links/:memberId/reissue", action: "link.reissue",  describe: (c) => ({ ...round(c), detail: { memberId: c.req.param("memberId") ?? null } }) },
  { method: "POST",   path: "/rounds/:id/child-link/reissue",     action: "link.reissue",   describe: (c) => ({ ...round(c), detail: { memberId: "_child" } }) },
  { method: "GET",    path: "/rounds/:id/export",                 action: "export.round",   describe: (c) => ({ ...round(c), detail: queryDetail(c, ["format", "by", "dimension", "threshold", "includeDrafts"]) }) },
  { method: "GET",    path: "/cases/:id/export",                  action: "export.case",    describe: (c) => ({ ...caseParam(c), detail: queryDetail(c, ["format", "by", "dimension"]) }) },
  { method: "POST",   path: "/cases/:id/rounds/import-file",      action: "import.file",    describe: async (c) => {
    const answer = await jsonAnswer(c);
    const roundId = c.res.status === 201 ? (answer.round as { id?: string } | undefined)?.id : undefined;
    return { ...caseParam(c), ...(roundId && { roundId }), detail: { dryRun: c.res.status !== 201, format: typeof answer.format === "string" ? answer.format : null } };
  } },
  { method: "POST",   path: "/cases/:id/rounds/import",           action: "import.scores",  describe: async (c) => ({ ...caseParam(c), roundId: ((await jsonAnswer(c)).round as { id?: string } | undefined)?.id }) },
  { method: "GET",    path: "/aggregates",                        action: "aggregate.view", describe: (c) => ({ detail: { path: c.req.path, query: new URL(c.req.url).search.slice(0, 300) } }) },
  { method: "GET",    path: "/aggregates/change",                 action: "aggregate.view", describe: (c) => ({ detail: { path: c.req.path, query: new URL(c.req.url).search.slice(0, 300) } }) },
  { method: "GET",    path: "/aggregates/export",                 action: "aggregate.export", describe: (c) => ({ detail: { path: c.req.path, query: new URL(c.req.url).search.slice(0, 300) } }) },
  { method: "POST",   path: "/aggregates/releases",               action: "aggregate.publish", describe: async (c) => ({ detail: { release: String(((await jsonAnswer(c)).current as { id?: unknown } | undefined)?.id ?? "") } }) },
  { method: "POST",   path: "/auth/oidc/logout",                  action: "auth.logout",    describe: () => ({ detail: { sso: true } }) },
  { method: "PUT",    path: "/settings",                          action: "settings.change", describe: settingsChange, prepare: (_c, deps) => deps.store.getSettings() },
];

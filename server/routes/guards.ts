// Route guards: the roles that manage single cases, and typed middleware that loads the case or round a path names.
import type { MiddlewareHandler } from "hono";
import type { Case, Round, UserRole } from "../../domain/index.ts";
import type { AuthVariables } from "../auth/index.ts";
import { loadCase, loadRound } from "../services/cases/index.ts";
import type { ServiceContext } from "../services/context.ts";

/** Roles that manage single cases (evaluators only see aggregates). */
export const CASE_MANAGERS: UserRole[] = ["admin", "facilitator"];

/** The Hono Env of routes under a case the user may see. */
export interface CaseEnv {
  Variables: AuthVariables & { kase: Case };
}
/** The Hono Env of routes under a round the user may see (and its case). */
export interface RoundEnv {
  Variables: AuthVariables & { kase: Case; round: Round };
}

/**
 * Loads the case named by the path's `:id` into `c.var.kase`, or answers 404 (missing and "not yours" look
 * the same). Runs before the route's validators, so nothing about another district's case is checked or told.
 */
export function caseAccess(ctx: ServiceContext): MiddlewareHandler<CaseEnv> {
  return async (c, next) => {
    c.set("kase", await loadCase(ctx, c.get("user"), c.req.param("id") ?? ""));
    await next();
  };
}

/** Loads the round named by the path's `:id` and its case into `c.var.round` / `c.var.kase`, or answers 404. */
export function roundAccess(ctx: ServiceContext): MiddlewareHandler<RoundEnv> {
  return async (c, next) => {
    const { round, kase } = await loadRound(ctx, c.get("user"), c.req.param("id") ?? "");
    c.set("round", round);
    c.set("kase", kase);
    await next();
  };
}

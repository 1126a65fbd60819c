// Typed audit middleware: records an entry once the route has answered with success, before the answer leaves.
import type { Context, Env, MiddlewareHandler } from "hono";
import type { AuditAction } from "../../../domain/index.ts";
import type { AuthEnv } from "../../auth/env.ts";
import type { AppDeps } from "../../deps.ts";
import { NOBODY, personOf, recordAudit, type AuditEvent, type AuditSource } from "../../services/audit/record.ts";
import { clientIp } from "../rate-limit/index.ts";

/** Who is calling (the authenticated user, else nobody) and from which address, as the rate limiter sees it. */
export function auditSource(c: Context): AuditSource {
  const user = (c as Context<AuthEnv>).get("user") as AuthEnv["Variables"]["user"] | undefined;
  return { actor: user ? personOf(user) : NOBODY, ip: clientIp(c) };
}

/** What the entry says beyond the action, read from the finished request (and what `prepare` read before it); null records nothing. */
export type Describe<E extends Env> = (c: Context<E>, prepared: unknown) => Omit<AuditEvent, "action"> | null | Promise<Omit<AuditEvent, "action"> | null>;

/**
 * Records `action` after the route answered 2xx or 3xx. It runs before the answer is sent and waits until the
 * entry is durable: if the log cannot be written the request fails (503) instead of leaving no trace.
 * `prepare` runs before the route (e.g. to read a setting's value before it changes).
 */
export function audited<E extends Env = AuthEnv>(
  deps: Pick<AppDeps, "store" | "now">,
  action: AuditAction,
  describe?: Describe<E>,
  prepare?: (c: Context<E>) => unknown,
): MiddlewareHandler<E> {
  return async (c, next) => {
    const prepared = prepare ? await prepare(c) : undefined;
    await next();
    if (c.error || c.res.status >= 400) return;
    const event = describe ? await describe(c, prepared) : {};
    if (event === null) return;
    await recordAudit(deps, auditSource(c), { action, ...event });
  };
}

/** The request's validated query (the route's own schema, defaults applied), read after the route ran. */
export function validQuery(c: Context): Record<string, unknown> {
  try {
    return (c.req as unknown as { valid(target: "query"): Record<string, unknown> }).valid("query") ?? {};
  } catch {
    return {};
  }
}

/** The JSON answer the route sent (a copy; the answer itself still goes out). */
export async function jsonAnswer(c: Context): Promise<Record<string, unknown>> {
  try {
    return (await c.res.clone().json()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

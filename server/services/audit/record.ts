// Recording one audit entry: who (user id and e-mail at the time), from where, what, about which case, round or user.
import type { AuditAction, AuditDetail, AuditEntry, AuditPerson, User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

/** Who acts and from which address (the client address as the rate limiter sees it; "cli" for the command line). */
export interface AuditSource {
  actor: AuditPerson;
  ip: string;
}

/** What happened: the action and what it was about. Details are short facts, never a password, token or link. */
export interface AuditEvent {
  action: AuditAction;
  caseId?: string;
  roundId?: string;
  target?: AuditPerson;
  detail?: AuditDetail;
}

/** A user as the log remembers them: the id and the e-mail they had then (the entry keeps it after a deletion). */
export const personOf = (user: Pick<User, "id" | "email">): AuditPerson => ({ id: user.id, email: user.email });

/** Nobody logged in (a failed login names the e-mail tried in its detail, not as actor). */
export const NOBODY: AuditPerson = { id: null, email: null };

/** Appends the entry; resolves once it is durable (a failure propagates: no access without its trace). */
export function recordAudit(ctx: Pick<ServiceContext, "store" | "now">, source: AuditSource, event: AuditEvent): Promise<AuditEntry> {
  return ctx.store.appendAudit({ at: ctx.now().toISOString(), actor: source.actor, ip: source.ip, ...event });
}

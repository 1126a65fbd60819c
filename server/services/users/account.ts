// A user's own account: changing the password (the current one required) ends their other sessions and their API tokens.
import { LagetError, User, conflict, forbidden, type PasswordChange } from "../../../domain/index.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import type { EndedAccess } from "../../store/types.ts";
import { personOf, recordAudit, type AuditSource } from "../audit/record.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Sets a new password after checking the current one (403 `wrong_password`; 409 `no_password` for a single
 * sign-on user, who has none). Every other session and every API token of the user ends; `keepSession` stays.
 */
export async function changeOwnPassword(ctx: Pick<ServiceContext, "store" | "now">, user: User, input: PasswordChange, keepSession: string, source: AuditSource): Promise<EndedAccess> {
  const current = await ctx.store.getUser(user.id);
  if (!current) throw forbidden();
  if (!current.passwordHash) throw conflict("no_password", "You log in with single sign-on; your password is kept by your organisation");
  if (!(await verifyPassword(input.currentPassword, current.passwordHash))) throw new LagetError("forbidden", "wrong_password", "The current password is wrong");
  const next = User.parse({ ...current, passwordHash: await hashPassword(input.newPassword) });
  const ended = await ctx.store.endUserAccess(current.id, { user: next, keepSession });
  await recordAudit(ctx, source, { action: "account.password", target: personOf(current), detail: { endedSessions: ended.sessions, endedTokens: ended.apiTokens } });
  return ended;
}

// A single sign-on login that brings another role or other districts goes through the same rule as an admin's change.
import type { User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { saveUserChange } from "./users.ts";

/**
 * Stores the user as the provider's claims map them. For a user seen before (`before`), a changed role or
 * districts ends every session and API token of the user (the login's own session is created after this),
 * and each change is recorded with the user as actor and "sso" as address. A new user is simply stored.
 */
export async function saveSsoUser(ctx: Pick<ServiceContext, "store" | "now">, before: User | undefined, next: User): Promise<void> {
  if (!before) return ctx.store.putUser(next);
  await saveUserChange(ctx, before, next, false, { actor: { id: before.id, email: next.email }, ip: "sso" });
}

// First start: create the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when the store has no users.
import type { User } from "../../domain/index.ts";
import type { ServiceContext } from "../services/context.ts";
import { createUser } from "../services/users/index.ts";

/** Returns the admin created, or undefined when users exist already or the env does not name one. */
export async function ensureFirstAdmin(
  ctx: Pick<ServiceContext, "store" | "now">,
  env: { email?: string; password?: string },
): Promise<User | undefined> {
  if (!env.email || !env.password) return undefined;
  if ((await ctx.store.listUsers()).length > 0) return undefined;
  return createUser(ctx, { email: env.email, name: "Administrator", role: "admin", password: env.password });
}

// First start: create the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when the store has no users.
import { User, UserInput } from "../../domain/index.ts";
import type { Store } from "../store/types.ts";
import { newId } from "../security/tokens.ts";
import { hashPassword } from "./password.ts";

/** Validates the input, hashes the password and stores a new user (shared by the API, bootstrap and CLI). */
export async function createUser(store: Store, input: unknown, now: Date): Promise<User> {
  const data = UserInput.parse(input);
  const user = User.parse({
    id: newId(),
    email: data.email,
    name: data.name,
    role: data.role,
    districts: data.districts,
    passwordHash: await hashPassword(data.password),
    createdAt: now.toISOString(),
    disabled: false,
  });
  await store.putUser(user);
  return user;
}

/** Returns the admin created, or undefined when users exist already or the env does not name one. */
export async function ensureFirstAdmin(
  store: Store,
  env: { email?: string; password?: string },
  now: Date,
): Promise<User | undefined> {
  if (!env.email || !env.password) return undefined;
  if ((await store.listUsers()).length > 0) return undefined;
  return createUser(store, { email: env.email, name: "Administrator", role: "admin", password: env.password }, now);
}

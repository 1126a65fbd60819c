// Workspace users: list (never password hashes), create with a hashed password, edit role, districts, name, password or disabled.
import type { z } from "zod";
import { User, UserInput, conflict, forbidden, invalidInput, notFound, type PublicUser, type UserPatch } from "../../../domain/index.ts";
import { hashPassword } from "../../auth/password.ts";
import { newId } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";

/** What the API shows of a user: never the password hash. */
export function publicUser(u: User): PublicUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, districts: u.districts, disabled: u.disabled, createdAt: u.createdAt };
}

/** Every user, as the API shows them. */
export async function listUsers(ctx: Pick<ServiceContext, "store">): Promise<PublicUser[]> {
  return (await ctx.store.listUsers()).map(publicUser);
}

/** Validates the input, hashes the password and stores a new user; `conflict` when the e-mail is taken. */
export async function createUser(ctx: Pick<ServiceContext, "store" | "now">, input: z.input<typeof UserInput>): Promise<User> {
  const parsed = UserInput.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error, "The user is not valid");
  const data = parsed.data;
  if (await ctx.store.getUserByEmail(data.email)) throw conflict("email_taken", "A user with this e-mail exists already");
  const user = User.parse({
    id: newId(),
    email: data.email,
    name: data.name,
    role: data.role,
    districts: data.districts,
    passwordHash: await hashPassword(data.password),
    createdAt: ctx.now().toISOString(),
    disabled: false,
  });
  await ctx.store.putUser(user);
  return user;
}

/** Changes a user; an admin cannot disable themselves or take away their own admin role. */
export async function updateUser(ctx: Pick<ServiceContext, "store">, actor: User, userId: string, input: UserPatch): Promise<User> {
  const current = await ctx.store.getUser(userId);
  if (!current) throw notFound("User");
  const { password, ...patch } = input;
  const self = current.id === actor.id;
  if (self && (patch.disabled === true || (patch.role && patch.role !== "admin"))) {
    throw forbidden("You cannot disable yourself or take away your own admin role");
  }
  const next = User.parse({ ...current, ...patch, ...(password ? { passwordHash: await hashPassword(password) } : {}) });
  await ctx.store.putUser(next);
  return next;
}

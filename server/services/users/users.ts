// Workspace users: list (never password hashes), create, change and delete; a change that alters what a user may do ends their access.
import type { z } from "zod";
import { User, UserInput, conflict, forbidden, invalidInput, notFound, type AuditAction, type AuditDetail, type PublicUser, type UserPatch } from "../../../domain/index.ts";
import { hashPassword } from "../../auth/password.ts";
import { newId } from "../../security/tokens.ts";
import type { EndedAccess } from "../../store/types.ts";
import { personOf, recordAudit, type AuditEvent, type AuditSource } from "../audit/record.ts";
import type { ServiceContext } from "../context.ts";

type Ctx = Pick<ServiceContext, "store" | "now">;

/** What the API shows of a user: never the password hash. */
export function publicUser(u: User): PublicUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, districts: u.districts, disabled: u.disabled, createdAt: u.createdAt };
}

/** Every user, as the API shows them. */
export async function listUsers(ctx: Pick<ServiceContext, "store">): Promise<PublicUser[]> {
  return (await ctx.store.listUsers()).map(publicUser);
}

/** Validates the input, hashes the password and stores a new user; `conflict` when the e-mail is taken. Records `user.create` when `source` is given. */
export async function createUser(ctx: Ctx, input: z.input<typeof UserInput>, source?: AuditSource): Promise<User> {
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
  if (source) await recordAudit(ctx, source, { action: "user.create", target: personOf(user), detail: { role: user.role, districts: user.districts.join(", ") } });
  return user;
}

const list = (xs: string[]) => xs.join(", ");
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The audit actions of a change from `before` to `after` (and whether it must end the user's access). */
export function userChanges(before: User, after: User, passwordChanged: boolean): { events: { action: AuditAction; detail?: AuditDetail }[]; endsAccess: boolean } {
  const events: { action: AuditAction; detail?: AuditDetail }[] = [];
  if (before.name !== after.name) events.push({ action: "user.rename", detail: { from: before.name, to: after.name } });
  if (before.role !== after.role) events.push({ action: "user.role", detail: { from: before.role, to: after.role } });
  if (!sameList(before.districts, after.districts)) events.push({ action: "user.districts", detail: { from: list(before.districts), to: list(after.districts) } });
  if (!before.disabled && after.disabled) events.push({ action: "user.disable" });
  if (before.disabled && !after.disabled) events.push({ action: "user.enable" });
  if (passwordChanged) events.push({ action: "user.password_reset" });
  const endsAccess = events.some((e) => e.action !== "user.rename" && e.action !== "user.enable");
  return { events, endsAccess };
}

/**
 * Stores `next` and records each change as its own entry about the user. A new role, other districts, disabling
 * or a new password ends every session and API token of the user in the same write (but `keepSession`,
 * the session making the change when users change themselves); the first entry names how many ended.
 */
export async function saveUserChange(ctx: Ctx, before: User, next: User, passwordChanged: boolean, source: AuditSource, keepSession?: string): Promise<EndedAccess | null> {
  const { events, endsAccess } = userChanges(before, next, passwordChanged);
  let ended: EndedAccess | null = null;
  if (endsAccess) ended = await ctx.store.endUserAccess(next.id, { user: next, keepSession });
  else await ctx.store.putUser(next);
  for (const [i, e] of events.entries()) {
    const counts: AuditDetail = i === 0 && ended ? { endedSessions: ended.sessions, endedTokens: ended.apiTokens } : {};
    const event: AuditEvent = { action: e.action, target: personOf(before), detail: { ...e.detail, ...counts } };
    await recordAudit(ctx, source, event);
  }
  return ended;
}

/** Changes a user; an admin cannot disable themselves or take away their own admin role. */
export async function updateUser(ctx: Ctx, actor: User, userId: string, input: UserPatch, source: AuditSource, actorSession?: string): Promise<User> {
  const current = await ctx.store.getUser(userId);
  if (!current) throw notFound("User");
  const { password, ...patch } = input;
  const self = current.id === actor.id;
  if (self && (patch.disabled === true || (patch.role && patch.role !== "admin"))) {
    throw forbidden("You cannot disable yourself or take away your own admin role");
  }
  const next = User.parse({ ...current, ...patch, ...(password ? { passwordHash: await hashPassword(password) } : {}) });
  await saveUserChange(ctx, current, next, password !== undefined, source, self ? actorSession : undefined);
  return next;
}

/** Deletes a user with their sessions and API tokens; their audit entries stay, with the e-mail they had. */
export async function deleteUser(ctx: Ctx, actor: User, userId: string, source: AuditSource): Promise<void> {
  const user = await ctx.store.getUser(userId);
  if (!user) throw notFound("User");
  if (user.id === actor.id) throw forbidden("You cannot delete yourself");
  const ended = await ctx.store.deleteUser(user.id);
  await recordAudit(ctx, source, {
    action: "user.delete", target: personOf(user),
    detail: { role: user.role, endedSessions: ended.sessions, endedTokens: ended.apiTokens },
  });
}

// The seats of a case's team: list, add, edit and remove members; changes are refused while a round is open (except the e-mail address).
import { DEFAULT_ROLES, Member, findRole, invalid, notFound, type Case, type MemberInput, type MemberPatch } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";
import { assertNoOpenRound } from "../cases/access.ts";
import type { ServiceContext } from "../context.ts";

/** `invalid` when the role is not in the role catalogue. */
function assertKnownRole(role: string | undefined): void {
  if (role !== undefined && !findRole(role, DEFAULT_ROLES)) {
    throw invalid("bad_request", "Unknown role", [{ path: "role", message: "not in the role catalogue (GET /api/roles)" }]);
  }
}

/** One member of the case, or `not_found`. */
async function memberOf(ctx: ServiceContext, kase: Case, memberId: string): Promise<Member> {
  const member = (await ctx.store.listMembers(kase.id)).find((m) => m.id === memberId);
  if (!member) throw notFound("Member");
  return member;
}

/** The members of a case. */
export function listMembers(ctx: ServiceContext, kase: Case): Promise<Member[]> {
  return ctx.store.listMembers(kase.id);
}

/** Adds a member with a catalogue role. */
export async function addMember(ctx: ServiceContext, kase: Case, input: MemberInput): Promise<Member> {
  assertKnownRole(input.role);
  await assertNoOpenRound(ctx, kase.id, "Adding a member");
  const member = Member.parse({ ...input, id: newId(), caseId: kase.id });
  await ctx.store.putMember(member);
  return member;
}

/**
 * Changes a member's role, label or e-mail address (`email: null` erases it). Role and label are locked while a
 * round is open (they shape everyone's form); the address is not, so a wrong one can be mended before a reminder.
 */
export async function updateMember(ctx: ServiceContext, kase: Case, memberId: string, patch: MemberPatch): Promise<Member> {
  const current = await memberOf(ctx, kase, memberId);
  assertKnownRole(patch.role);
  if (patch.role !== undefined || patch.label !== undefined) await assertNoOpenRound(ctx, kase.id, "Editing a member");
  const { email, ...rest } = patch;
  const next = { ...current, ...rest };
  if (email === null) delete next.email;
  else if (email !== undefined) next.email = email;
  const member = Member.parse(next);
  await ctx.store.putMember(member);
  return member;
}

/** Removes a member. */
export async function removeMember(ctx: ServiceContext, kase: Case, memberId: string): Promise<void> {
  const member = await memberOf(ctx, kase, memberId);
  await assertNoOpenRound(ctx, kase.id, "Removing a member");
  await ctx.store.deleteMember(kase.id, member.id);
}

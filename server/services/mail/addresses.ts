// Erasing the members' e-mail addresses when a round closes (unless the facilitator keeps them for the next round).
import type { Case } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Erases every member's address in the case and answers how many were erased. Nothing is erased while another
 * round of the case is still open: its reminders need them (they go when that round closes).
 */
export async function eraseAddresses(ctx: ServiceContext, kase: Case, closedRoundId: string): Promise<number> {
  const rounds = await ctx.store.listRounds(kase.id);
  if (rounds.some((r) => r.id !== closedRoundId && r.status === "open")) return 0;
  const members = await ctx.store.listMembers(kase.id);
  const erased = members.filter((m) => m.email).length;
  if (erased === 0) return 0;
  // Every member is written again, in order: a stored member that is replaced moves to the end of the list,
  // so rewriting only those with an address would change the order of the matrix.
  for (const { email: _erased, ...member } of members) await ctx.store.putMember(member);
  return erased;
}

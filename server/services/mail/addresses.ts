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
  let erased = 0;
  for (const member of await ctx.store.listMembers(kase.id)) {
    if (!member.email) continue;
    const { email: _erased, ...rest } = member;
    await ctx.store.putMember(rest);
    erased += 1;
  }
  return erased;
}
